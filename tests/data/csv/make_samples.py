"""Writes the CSV sample files in this folder (run it after changing one; commit the output).

The samples imitate real exports byte for byte where it matters (preambles, encodings, BOMs,
quoting, line ends, delimiters); the people in them are invented. Each file's quirks are listed
in README.md. The tests read the committed files, not this script.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).parent


def _csv(
    rows: list[list[str]], *, delimiter: str = ",", quote_all: bool = False, newline: str = "\r\n"
) -> str:
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=delimiter,
        lineterminator=newline,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerows(rows)
    return out.getvalue()


LINKEDIN_PREAMBLE = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email '
    "addresses are missing. You will only see email addresses for connections who have allowed "
    "their connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)
LINKEDIN_HEADER = [
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
]


def linkedin() -> None:
    rows = [
        LINKEDIN_HEADER,
        [
            "Ann",
            "Lee",
            "https://www.linkedin.com/in/ann-lee-0a1b2c",
            "",
            "Acme Robotics",
            "Senior Engineer",
            "15 Mar 2019",
        ],
        [
            "Jürgen",
            "Müller",
            "https://www.linkedin.com/in/juergen-mueller",
            "jm@example.de",
            "Müller & Söhne GmbH",
            "Head of Sales, EMEA",
            "02 Jan 2023",
        ],
        [
            "Zoë",
            "O'Brien",
            "https://www.linkedin.com/in/zoe-obrien",
            "zoe@example.org",
            "",
            "Freelance writer",
            "29 Feb 2020",
        ],
        [
            "Priya",
            "Sharma, PhD",
            "https://www.linkedin.com/in/priya-sharma-phd",
            "",
            "Institute of Examples",
            "Research Fellow",
            "07 Nov 2021",
        ],
        [
            "伟",
            "李",
            "https://www.linkedin.com/in/wei-li-88",
            "",
            "Example Trading Co.",
            "Director",
            "30 Jun 2018",
        ],
        ["", "", "", "", "", "", "12 Aug 2017"],
        [
            "Sam",
            "Taylor",
            "https://www.linkedin.com/in/sam-taylor",
            "",
            "Northwind",
            "Buyer",
            "yesterday",
        ],
    ]
    text = LINKEDIN_PREAMBLE + _csv(rows, newline="\n")
    (HERE / "linkedin_connections.csv").write_bytes(text.encode("utf-8"))


def linkedin_old() -> None:
    rows = [
        ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"],
        ["Maria", "Garcia", "maria.garcia@example.com", "Contoso", "CFO", "3/15/19"],
        ["Tom", "Berg", "", "Fabrikam", "Engineer", "12/31/2015"],
        ["Lena", "Kraus", "lena@example.net", "", "", "1/2/2014"],
    ]
    (HERE / "linkedin_connections_old.csv").write_bytes(_csv(rows).encode("utf-8"))


GOOGLE_CURRENT = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Relation 1 - Label",
    "Relation 1 - Value",
    "Relation 2 - Label",
    "Relation 2 - Value",
    "Website 1 - Label",
    "Website 1 - Value",
    "Website 2 - Label",
    "Website 2 - Value",
    "Event 1 - Label",
    "Event 1 - Value",
    "Custom Field 1 - Label",
    "Custom Field 1 - Value",
]


def _google_row(**cells: str) -> list[str]:
    return [cells.get(h, "") for h in GOOGLE_CURRENT]


def google_current_rows() -> list[list[str]]:
    return [
        GOOGLE_CURRENT,
        _google_row(
            **{
                "First Name": "Chloé",
                "Last Name": "Dubois",
                "Nickname": "Clo",
                "Organization Name": "Exemple SA",
                "Organization Title": "CTO",
                "Birthday": "--04-12",
                "Notes": "Met at the Lyon meetup.\nLikes climbing.",
                "Photo": "https://lh3.googleusercontent.com/contacts/example-photo",
                "Labels": "* myContacts ::: * starred ::: Clients ::: Lyon 2022",
                "E-mail 1 - Label": "* Work",
                "E-mail 1 - Value": "chloe@exemple.fr",
                "E-mail 2 - Label": "Home",
                "E-mail 2 - Value": "chloe.d@example.com ::: clo@example.net",
                "Phone 1 - Label": "Mobile",
                "Phone 1 - Value": "+33 6 12 34 56 78",
                "Phone 2 - Label": "Work Fax",
                "Phone 2 - Value": "+33 4 72 00 00 00",
                "Address 1 - Label": "Work",
                "Address 1 - Formatted": "12 rue de l'Exemple\n69002 Lyon\nFrance",
                "Address 1 - Street": "12 rue de l'Exemple",
                "Address 1 - City": "Lyon",
                "Address 1 - Postal Code": "69002",
                "Address 1 - Country": "France",
                "Relation 1 - Label": "Spouse",
                "Relation 1 - Value": "Marc Dubois",
                "Relation 2 - Label": "Referred by",
                "Relation 2 - Value": "Ann Lee",
                "Website 1 - Label": "Profile",
                "Website 1 - Value": "https://www.linkedin.com/in/chloe-dubois",
                "Website 2 - Label": "Blog",
                "Website 2 - Value": "https://chloe.example.fr/blog",
                "Event 1 - Label": "Anniversary",
                "Event 1 - Value": "2015-06-20",
                "Custom Field 1 - Label": "Shoe size",
                "Custom Field 1 - Value": "38",
            }
        ),
        _google_row(
            **{
                "First Name": "Bob",
                "Last Name": "Stone",
                "Birthday": "1980-02-30",
                "Labels": "* myContacts",
                "E-mail 1 - Label": "Other",
                "E-mail 1 - Value": "not-an-email",
                "Phone 1 - Label": "Home",
                "Phone 1 - Value": "(617) 555-0134",
            }
        ),
        _google_row(
            **{
                "Organization Name": "Example Plumbing Ltd",
                "Labels": "* myContacts ::: Suppliers",
                "Phone 1 - Label": "Main",
                "Phone 1 - Value": "+44 20 7946 0000",
            }
        ),
        _google_row(**{"Labels": "* myContacts", "Notes": ""}),
    ]


def google_current() -> None:
    text = _csv(google_current_rows(), newline="\n")
    # Google's export has a BOM.
    (HERE / "google_current.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


GOOGLE_LEGACY = [
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Yomi Name",
    "Given Name Yomi",
    "Additional Name Yomi",
    "Family Name Yomi",
    "Name Prefix",
    "Name Suffix",
    "Initials",
    "Nickname",
    "Short Name",
    "Maiden Name",
    "Birthday",
    "Gender",
    "Location",
    "Billing Information",
    "Directory Server",
    "Mileage",
    "Occupation",
    "Hobby",
    "Sensitivity",
    "Priority",
    "Subject",
    "Notes",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "E-mail 2 - Type",
    "E-mail 2 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Phone 2 - Type",
    "Phone 2 - Value",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Organization 1 - Type",
    "Organization 1 - Name",
    "Organization 1 - Yomi Name",
    "Organization 1 - Title",
    "Organization 1 - Department",
    "Organization 1 - Symbol",
    "Organization 1 - Location",
    "Organization 1 - Job Description",
    "Website 1 - Type",
    "Website 1 - Value",
]


def google_legacy() -> None:
    def row(**cells: str) -> list[str]:
        return [cells.get(h, "") for h in GOOGLE_LEGACY]

    rows = [
        GOOGLE_LEGACY,
        row(
            **{
                "Name": "Dr. Hannah Schmidt",
                "Given Name": "Hannah",
                "Family Name": "Schmidt",
                "Name Prefix": "Dr.",
                "Birthday": "1975-09-03",
                "Gender": "female",
                "Hobby": "Sailing",
                "Notes": "Board member.",
                "Group Membership": "* My Contacts ::: * Friends ::: Board",
                "E-mail 1 - Type": "* Work",
                "E-mail 1 - Value": "h.schmidt@example.de",
                "E-mail 2 - Type": "Home",
                "E-mail 2 - Value": "hannah@example.com",
                "Phone 1 - Type": "Mobile",
                "Phone 1 - Value": "+49 151 2345678",
                "Address 1 - Type": "Home",
                "Address 1 - Formatted": "Beispielweg 5\n10115 Berlin\nDeutschland",
                "Address 1 - Street": "Beispielweg 5",
                "Address 1 - City": "Berlin",
                "Address 1 - Postal Code": "10115",
                "Address 1 - Country": "Deutschland",
                "Organization 1 - Type": "Other",
                "Organization 1 - Name": "Beispiel AG",
                "Organization 1 - Title": "Chair",
                "Website 1 - Type": "Home Page",
                "Website 1 - Value": "https://example.de/~hannah",
            }
        ),
        row(
            **{
                "Name": "Kenji Tanaka",
                "Given Name": "Kenji",
                "Family Name": "Tanaka",
                "Given Name Yomi": "ケンジ",
                "Family Name Yomi": "タナカ",
                "Group Membership": "* My Contacts ::: * Starred",
                "E-mail 1 - Type": "Work",
                "E-mail 1 - Value": "kenji@example.jp",
                "Phone 1 - Type": "Work",
                "Phone 1 - Value": "+81 3-1234-5678 ::: +81 3-1234-9999",
            }
        ),
    ]
    (HERE / "google_legacy.csv").write_bytes(_csv(rows).encode("utf-8"))


OUTLOOK = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home Street 2",
    "Home Street 3",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other Street 2",
    "Other Street 3",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Callback",
    "Car Phone",
    "Company Main Phone",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "ISDN",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Primary Phone",
    "Radio Phone",
    "TTY/TDD Phone",
    "Telex",
    "Account",
    "Anniversary",
    "Assistant's Name",
    "Billing Information",
    "Birthday",
    "Business Address PO Box",
    "Categories",
    "Children",
    "Directory Server",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "E-mail 3 Address",
    "E-mail 3 Type",
    "E-mail 3 Display Name",
    "Gender",
    "Government ID Number",
    "Hobby",
    "Home Address PO Box",
    "Initials",
    "Internet Free Busy",
    "Keywords",
    "Language",
    "Location",
    "Manager's Name",
    "Mileage",
    "Notes",
    "Office Location",
    "Organizational ID Number",
    "Other Address PO Box",
    "Priority",
    "Private",
    "Profession",
    "Referred By",
    "Sensitivity",
    "Spouse",
    "User 1",
    "User 2",
    "User 3",
    "User 4",
    "Web Page",
]
# What Outlook writes in an otherwise empty contact.
OUTLOOK_DEFAULTS = {
    "Anniversary": "0/0/00",
    "Birthday": "0/0/00",
    "Gender": "Unspecified",
    "Priority": "Normal",
    "Private": "False",
    "Sensitivity": "Normal",
}


def outlook() -> None:
    def row(**cells: str) -> list[str]:
        values = {**OUTLOOK_DEFAULTS, **cells}
        return [values.get(h, "") for h in OUTLOOK]

    rows = [
        OUTLOOK,
        row(
            **{
                "Title": "Mme",
                "First Name": "Hélène",
                "Last Name": "Lefèvre",
                "Company": "Société Générale d'Exemples",
                "Department": "Achats",
                "Job Title": "Responsable achats",
                "Business Street": "5 place de l'Église",
                "Business Street 2": "Bâtiment B",
                "Business City": "Québec",
                "Business State": "QC",
                "Business Postal Code": "G1R 4P5",
                "Business Country/Region": "Canada",
                "Home Street": "18 rue des Érables",
                "Home City": "Lévis",
                "Home Country/Region": "Canada",
                "Business Phone": "+1 418 555 0101",
                "Mobile Phone": "+1 418 555 0199",
                "Primary Phone": "+1 418 555 0199",
                "Home Phone": "+1 418 555 0102",
                "Business Fax": "+1 418 555 0110",
                "Birthday": "7/14/1979",
                "Anniversary": "0/0/00",
                "Categories": "Clients;Salon 2019",
                "E-mail Address": "helene.lefevre@example.ca",
                "E-mail Type": "SMTP",
                "E-mail Display Name": "Hélène Lefèvre (helene.lefevre@example.ca)",
                "E-mail 2 Address": "/o=ExchangeLabs/ou=Exchange Administrative Group "
                "(FYDIBOHF23SPDLT)/cn=Recipients/cn=hlefevre",
                "E-mail 2 Type": "EX",
                "E-mail 2 Display Name": "Hélène Lefèvre (h.lefevre@example.com)",
                "Gender": "Female",
                "Hobby": "Ski de fond",
                "Initials": "H.L.",
                "Notes": "Rencontrée au salon 2019.\r\nPréfère le téléphone — jamais le lundi.",
                "Referred By": "Paul Côté",
                "Spouse": "André Lefèvre",
                "Web Page": "https://www.linkedin.com/in/helene-lefevre",
            }
        ),
        row(
            **{
                "First Name": "Greg",
                "Last Name": "Walsh",
                "Company": "Fabrikam",
                "Job Title": "Buyer",
                "Business Phone": "(425) 555-0100",
                "Birthday": "12/25/1980",
                "Categories": "Suppliers",
                "E-mail Address": "greg@fabrikam.example",
                "E-mail Type": "SMTP",
                "Web Page": "www.fabrikam.example",
            }
        ),
        row(
            **{
                "Company": "Contoso Ltd",
                "Company Main Phone": "+44 20 7946 0018",
                "Birthday": "31/31/1980",
            }
        ),
    ]
    (HERE / "outlook.csv").write_bytes(_csv(rows, quote_all=True).encode("cp1252"))


OUTLOOK_GERMAN = [
    "Anrede",
    "Vorname",
    "Weitere Vornamen",
    "Nachname",
    "Suffix",
    "Firma",
    "Abteilung",
    "Position",
    "Straße geschäftlich",
    "Straße geschäftlich 2",
    "Straße geschäftlich 3",
    "Ort geschäftlich",
    "Region geschäftlich",
    "Postleitzahl geschäftlich",
    "Land/Region geschäftlich",
    "Straße privat",
    "Straße privat 2",
    "Straße privat 3",
    "Ort privat",
    "Bundesland/Kanton privat",
    "Postleitzahl privat",
    "Land/Region privat",
    "Telefon geschäftlich",
    "Telefon (privat)",
    "Mobiltelefon",
    "Fax geschäftlich",
    "Geburtstag",
    "Jahrestag",
    "Kategorien",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "Empfohlen von",
    "Notizen",
    "Webseite",
    "Geschlecht",
    "Priorität",
    "Privat",
    "Vertraulichkeit",
]


def outlook_german() -> None:
    def row(**cells: str) -> list[str]:
        defaults = {
            "Geburtstag": "0.0.00",
            "Jahrestag": "0.0.00",
            "Geschlecht": "Unbekannt",
            "Priorität": "Normal",
            "Privat": "Aus",
            "Vertraulichkeit": "Normal",
        }
        values = {**defaults, **cells}
        return [values.get(h, "") for h in OUTLOOK_GERMAN]

    rows = [
        OUTLOOK_GERMAN,
        row(
            **{
                "Anrede": "Herr",
                "Vorname": "Jörg",
                "Nachname": "Weiß",
                "Firma": "Größe & Co. KG",
                "Position": "Geschäftsführer",
                "Straße geschäftlich": "Hauptstraße 1",
                "Ort geschäftlich": "München",
                "Postleitzahl geschäftlich": "80331",
                "Land/Region geschäftlich": "Deutschland",
                "Telefon geschäftlich": "+49 89 123456",
                "Mobiltelefon": "+49 170 1234567",
                "Geburtstag": "03.07.1968",
                "Kategorien": "Kunden;Messe München",
                "E-Mail-Adresse": "j.weiss@example.de",
                "E-Mail-Typ": "SMTP",
                "Empfohlen von": "Hannah Schmidt",
                "Notizen": "Lieber per E-Mail; Termine über Frau Groß.",
            }
        ),
        row(
            **{
                "Vorname": "Anna",
                "Nachname": "Schäfer",
                "Firma": "Beispiel GmbH",
                "Telefon (privat)": "030 1234567",
                "E-Mail-Adresse": "anna.schaefer@example.de",
                "E-Mail-Typ": "SMTP",
                "Geburtstag": "12.11.1990",
            }
        ),
    ]
    text = _csv(rows, delimiter=";", quote_all=True)
    (HERE / "outlook_german_semicolon.csv").write_bytes(text.encode("cp1252"))


OUTLOOK_FRENCH = [
    "Titre",
    "Prénom",
    "Deuxième prénom",
    "Nom",
    "Suffixe",
    "Société",
    "Service",
    "Titre",
    "Rue (bureau)",
    "Ville (bureau)",
    "Code postal (bureau)",
    "Pays/Région (bureau)",
    "Téléphone (bureau)",
    "Tél. mobile",
    "Anniversaire",
    "Catégories",
    "Adresse de messagerie",
    "Type de messagerie",
    "Notes",
]


def outlook_french() -> None:
    rows = [
        OUTLOOK_FRENCH,
        [
            "M.",
            "Étienne",
            "",
            "Durand",
            "",
            "Exemple SARL",
            "Ventes",
            "Directeur commercial",
            "3 avenue Foch",
            "Paris",
            "75016",
            "France",
            "+33 1 23 45 67 89",
            "+33 6 98 76 54 32",
            "05/04/1982",
            "Partenaires",
            "e.durand@exemple.fr",
            "SMTP",
            "Voir aussi sa fille.",
        ],
        [
            "Mme",
            "Inès",
            "",
            "Martin",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "25/12/1990",
            "",
            "ines@exemple.fr",
            "SMTP",
            "",
        ],
    ]
    (HERE / "outlook_french.csv").write_bytes(_csv(rows, quote_all=True).encode("cp1252"))


def google_utf16_tab() -> None:
    """Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated."""
    rows = google_current_rows()[:3]
    text = _csv(rows, delimiter="\t")
    (HERE / "google_utf16_tab.csv").write_bytes(text.encode("utf-16"))


def ragged() -> None:
    lines = [
        ",".join(LINKEDIN_HEADER),
        # Trailing empty cells left out entirely.
        "Nora,Quinn,https://www.linkedin.com/in/nora-quinn",
        # One cell too many: a comma in the company that nobody quoted.
        "Omar,Haddad,https://www.linkedin.com/in/omar-haddad,,Smith, Jones & Co,Partner,"
        "04 May 2020",
        # Only delimiters: a blank row.
        ",,,,,,",
        "Rita,Lopez,https://www.linkedin.com/in/rita-lopez,rita@example.com,Initech,"
        "Analyst,09 Sep 2022",
        # A quote opened and never closed: the csv module would swallow every line after it.
        'Ugo,"Bianchi,https://www.linkedin.com/in/ugo-bianchi,,Globex,Manager,01 Feb 2021',
        "Vera,Novak,https://www.linkedin.com/in/vera-novak,,Umbrella,Chemist,15 Jan 2016",
        "Walt,Ek,https://www.linkedin.com/in/walt-ek,,Hooli,CEO,20 Oct 2019",
    ]
    (HERE / "ragged.csv").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def quoted_newlines() -> None:
    """Old Mac line ends (CR only) outside fields, CRLF and LF inside quoted fields."""
    rows = [
        [
            "First Name",
            "Last Name",
            "Company",
            "Business Street",
            "Business City",
            "E-mail Address",
            "Mobile Phone",
            "Notes",
        ],
        [
            "Ida",
            "Park",
            "Example Labs",
            "Unit 4\r\n200 Example Road",
            "Springfield",
            "ida@example.com",
            "+1 555 0100",
            'First line\nsecond line, with a comma\n"quoted"',
        ],
        ["Jon", "Reyes", "", "", "", "jon@example.com", "", ""],
    ]
    text = _csv(rows, newline="\r")
    (HERE / "quoted_newlines.csv").write_bytes(text.encode("utf-8"))


def unknown_layout() -> None:
    rows = [
        ["Full name", "E-mail", "Cell", "Employer", "Where we met", "Met on", "Groups"],
        [
            "Pat Morgan",
            "pat@example.com",
            "+1 555 0111",
            "Initrode",
            "PyCon",
            "2018-05-10",
            "python; speakers",
        ],
        ["Kim Yoon", "kim@example.com; kim.work@example.com", "", "", "", "", ""],
    ]
    (HERE / "unknown_layout.csv").write_bytes(_csv(rows).encode("utf-8"))


def linkedin_empty() -> None:
    text = LINKEDIN_PREAMBLE + ",".join(LINKEDIN_HEADER) + "\n"
    (HERE / "linkedin_no_rows.csv").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    for make in (
        linkedin,
        linkedin_old,
        google_current,
        google_legacy,
        outlook,
        outlook_german,
        outlook_french,
        google_utf16_tab,
        ragged,
        quoted_newlines,
        unknown_layout,
        linkedin_empty,
    ):
        make()
