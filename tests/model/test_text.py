from netbook.model.phones import country_of, to_e164
from netbook.model.text import digits, email_key, fold, sort_key, url_key


def test_fold_strips_accents_and_case():
    assert fold("Jürgen Ñúñez") == "jurgen nunez"
    assert fold("Straße") == "strasse"
    assert fold("Ångström") == "angstrom"


def test_digits_keeps_only_digits():
    assert digits("(617) 555-0134") == "6175550134"
    assert digits("no digits") == ""


def test_sort_key_family_first_then_display():
    assert sort_key("Müller", "Anna", "Anna Müller") == "muller anna"
    assert sort_key(None, None, "ACME Corp") == "acme corp"
    assert sort_key("", "Cher", "Cher") == "cher"


def test_email_and_url_keys_normalise_spelling():
    assert email_key(" Ann@Example.COM ") == "ann@example.com"
    assert url_key("https://www.linkedin.com/in/Ann-Lee/?trk=x") == url_key(
        "linkedin.com/in/ann-lee"
    )


def test_e164_from_international_and_local_numbers():
    assert to_e164("+1 (617) 555-0134") == "+16175550134"
    assert to_e164("020 7946 0018", region="GB") == "+442079460018"
    assert to_e164("not a phone") is None
    # the UK writes its trunk prefix in brackets in international numbers; it is not dialled
    assert to_e164("+44 (0)20 7946-0412") == "+442079460412"
    assert to_e164("+44(0)2079460412") == "+442079460412"
    assert country_of("+442079460018") == "GB"
