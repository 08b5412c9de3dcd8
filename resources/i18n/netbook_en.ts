<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="25" />
        <source>A private, offline address book that keeps the story of every connection: how you met, who introduced you, and what came of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="31" />
        <source>Your contacts stay in one SQLite file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="34" />
        <source>This book: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="41" />
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="50" />
        <source>About netbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="47" />
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="53" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="56" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="64" />
        <source>e.g. Home server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="66" />
        <source>https://dav.example.com, or just the host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="72" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="73" />
        <source>Server &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="74" />
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="75" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="81" />
        <source>&amp;Add and test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="97" />
        <source>Address books this book syncs with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="101" />
        <source>Add an account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="116" />
        <source>%1 — %2 at %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="146" />
        <source>Fill in the name, address, user name and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="153" />
        <source>Looking for address books on the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="164" />
        <source>Added %1: syncs %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="167" />
        <source>There is no system keyring: the password is kept until netbook closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="178" />
        <source>Not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="187" />
        <source>Remove account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="189" />
        <source>Stop syncing with %1? Its contacts stay in this book; nothing on the server changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/accounts.py" line="196" />
        <source>Removed %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddressBookChoice</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="70" />
        <source>Address books</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="76" />
        <source>Ticked address books sync into this book; new contacts go to the first one. The contacts of one you untick stay here. New Address Book makes one on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="83" />
        <source>&amp;Find Address Books</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="86" />
        <source>&amp;New Address Book…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="89" />
        <source>Sa&amp;ve Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="114" />
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="135" />
        <source>Address &amp;books of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="116" />
        <source>Address &amp;books:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="160" />
        <source>changes listed by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="162" />
        <source>compared card by card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="165" />
        <source>%1 — vCard %2; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="197" />
        <source>Looking for address books on the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="199" />
        <source>Not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="205" />
        <source>New Address Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="205" />
        <source>Name of the new address book:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="216" />
        <source>A sync is running: make the address book when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="232" />
        <source>Making the address book on the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="234" />
        <source>Not made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="266" />
        <source>Made %1 on the server: it syncs from now on.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="275" />
        <source>%n address book(s) on the server.</source>
        <translation><numerusform>%n address book on the server.</numerusform><numerusform>%n address books on the server.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="287" />
        <source>A sync is running: save the choice when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/address_book_choice.py" line="292" />
        <source>Saved: the next sync uses %n address book(s).</source>
        <translation><numerusform>Saved: the next sync uses %n address book.</numerusform><numerusform>Saved: the next sync uses %n address books.</numerusform></translation></message>
</context>
<context>
    <name>CardStoryActions</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_actions.py" line="167" />
        <source>Removed the opportunity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_actions.py" line="210" />
        <source>Removed the interaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_actions.py" line="216" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="118" />
        <source>%1: nothing to show yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="369" />
        <source>Save Chart as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="377" />
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="384" />
        <source>Save Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="377" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="385" />
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/column_mapping.py" line="82" />
        <source>Map CSV columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/column_mapping.py" line="89" />
        <source>netbook does not know the layout of %1. Choose what each column holds; columns left on “Ignore” are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/column_mapping.py" line="91" />
        <source>this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/column_mapping.py" line="98" />
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/column_mapping.py" line="105" />
        <source>Field for column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/column_mapping.py" line="120" />
        <source>Use this mapping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="176" />
        <source>Contact card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="210" />
        <source>Select a contact to see their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="257" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="262" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="274" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="275" />
        <source>Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="283" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="287" />
        <source>“%1”</source>
        <comment>a nickname in quotes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="290" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="462" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="463" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="464" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="465" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="230" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="466" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="114" />
        <source>Phonetic name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="232" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="467" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="304" />
        <source>Share…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="307" />
        <source>A QR code a phone's camera turns into a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="311" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="312" />
        <source>Print the card, or save it as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="380" />
        <source>&amp;Log interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="383" />
        <source>Note a call, meeting or message with this contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="384" />
        <source>Log interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="389" />
        <source>Add &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="392" />
        <source>Note a job offer, partnership, interview… from this contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="393" />
        <source>Add opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="415" />
        <source>Actions for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="416" />
        <source>Edit, remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="427" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="438" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="430" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="455" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="441" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="468" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="498" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="512" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="515" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="517" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="520" />
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="526" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="532" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="534" />
        <source>Anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="536" />
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="543" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="545" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="547" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="549" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="552" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="555" />
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="565" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="568" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="565" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="568" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="571" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/card.py" line="617" />
        <source>and %Ln more</source>
        <translation><numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="634" />
        <source>%1 on LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="669" />
        <source>Added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="675" />
        <source>changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="557" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_sync.py" line="26" />
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_sync.py" line="31" />
        <source>Syncs with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCardWindow</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_window.py" line="56" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/netbook/ui/cadence_names.py" line="19" />
        <source>No reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/cadence_names.py" line="20" />
        <source>Every 2 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/cadence_names.py" line="21" />
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/cadence_names.py" line="22" />
        <source>Quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/cadence_names.py" line="23" />
        <source>Twice a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/cadence_names.py" line="24" />
        <source>Yearly</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/cadence_names.py" line="33" />
        <source>Every %n day(s)</source>
        <translation><numerusform>Every %n day</numerusform><numerusform>Every %n days</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/editor/checks.py" line="52" />
        <source>This does not look like an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/checks.py" line="62" />
        <source>Not a phone number netbook can read; it is kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/checks.py" line="89" />
        <source>Write the date like %1, or without the year (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/checks.py" line="93" />
        <source>Write the date like %1 (with its year).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/checks.py" line="81" />
        <source>There is no such date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="119" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="121" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="125" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="126" />
        <source>&amp;Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="127" />
        <source>&amp;Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="128" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="186" />
        <source>Prefi&amp;x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="187" />
        <source>Gi&amp;ven name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="188" />
        <source>&amp;Middle names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="189" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="190" />
        <source>S&amp;uffix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="191" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="196" />
        <source>&amp;Phonetic given name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="197" />
        <source>P&amp;honetic family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="201" />
        <source>How the name is read, if it is not obvious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="205" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="206" />
        <source>Made from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="208" />
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="224" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="225" />
        <source>Depar&amp;tment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="226" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="231" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="234" />
        <source>Anniv&amp;ersary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="238" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="240" />
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="243" />
        <source>Favou&amp;rite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="256" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="256" />
        <source>Add &amp;email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="260" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="260" />
        <source>Add &amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="263" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="263" />
        <source>Add add&amp;ress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="266" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="266" />
        <source>Add &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="270" />
        <source>Social profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="270" />
        <source>Add social pro&amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="273" />
        <location filename="../../src/netbook/ui/editor/editor.py" line="297" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="273" />
        <source>Add &amp;chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="276" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="276" />
        <source>Add rela&amp;tion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="292" />
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="293" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="294" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="295" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="296" />
        <source>Social profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="298" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="316" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="321" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="324" />
        <source>LinkedIn, a conference, a blog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="326" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="329" />
        <source>Da&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="330" />
        <source>Pl&amp;ace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="334" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="335" />
        <source>What brought you together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="338" />
        <source>Conte&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="343" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="349" />
        <source>&amp;Introduced by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="353" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="355" />
        <source>We have &amp;met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="359" />
        <source>&amp;First met on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="365" />
        <source>Whe&amp;re:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="370" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="373" />
        <source>Keep-in-touch reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="381" />
        <source>&amp;Reminder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="405" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="445" />
        <source>Give at least a name, an organisation, an email or a phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="494" />
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="496" />
        <source>Save the changes to this contact?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="498" />
        <source>If you don't save, your changes are lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="16" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="17" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="18" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="19" />
        <source>Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="20" />
        <source>Date added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="21" />
        <source>Next reach-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="22" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="30" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="31" />
        <source>&amp;Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="32" />
        <source>&amp;Last contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="33" />
        <source>Date &amp;added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_labels.py" line="34" />
        <source>Next &amp;reach-out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="238" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="240" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="284" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="309" />
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="317" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="319" />
        <source>favourite</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="401" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_view.py" line="187" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactMenu</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="40" />
        <source>&amp;Open in new window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="42" />
        <source>&amp;Copy as vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="44" />
        <source>Show &amp;QR code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="88" />
        <source>Add &amp;tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="102" />
        <source>&amp;New tag…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="116" />
        <source>New tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="117" />
        <source>Tag the %Ln selected contact(s) with:</source>
        <translation><numerusform>Tag the %Ln selected contact with:</numerusform><numerusform>Tag the %Ln selected contacts with:</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/contact_menu.py" line="171" />
        <source>Copied %Ln contact(s) as vCard.</source>
        <translation><numerusform>Copied %Ln contact as vCard.</numerusform><numerusform>Copied %Ln contacts as vCard.</numerusform></translation></message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../src/netbook/ui/editor/picker.py" line="41" />
        <source>Type to search the book, or write a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/picker.py" line="126" />
        <source>✓ in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/picker.py" line="127" />
        <source>Linked to this contact in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/picker.py" line="129" />
        <source>not linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/picker.py" line="131" />
        <source>Kept as a name; pick a contact from the list to link them</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="70" />
        <source>Photo crop area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="72" />
        <source>Arrow keys move the square, plus and minus resize it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="127" />
        <source>Network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="133" />
        <source>Your network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="139" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="150" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="151" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="169" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="515" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="152" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="153" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="154" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="188" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="206" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="155" />
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="166" />
        <source>Network size over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="167" />
        <source>Where connections came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="168" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="377" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="170" />
        <source>Top introducers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="172" />
        <source>Opportunities by source and outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="189" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="208" />
        <source>Coming up (30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="190" />
        <source>Show All Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="297" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="156" />
        <source>Birthdays soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="175" />
        <source>Vouched for you most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="271" />
        <source>Reading the numbers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="290" />
        <source>The numbers could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="319" />
        <source>%1 archived contacts are not counted here; the charts count them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="323" />
        <source>Every contact in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="328" />
        <source>%1 met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="333" />
        <source>Came to you through an introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="338" />
        <source>%1 accepted or won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="343" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="530" />
        <source>Keep-in-touch cadence run out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="348" />
        <source>Active contacts with no contact in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="353" />
        <source>Birthdays in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="373" />
        <source>Countries (top %1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="382" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="392" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="393" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="436" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard/view.py" line="438" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard/view.py" line="442" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="447" />
        <source>Nobody is overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="454" />
        <source>birthday (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="456" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="460" />
        <source>anniversary (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="462" />
        <source>anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="468" />
        <source>No birthdays or anniversaries soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="503" />
        <source>Came through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="506" />
        <source>Country unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="508" />
        <source>In %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="513" />
        <source>Joined in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="515" />
        <source>Not yet met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="518" />
        <source>Introduced by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="520" />
        <source>Opportunities through %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="523" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="525" />
        <source>Opportunities: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="527" />
        <source>Came through an introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="528" />
        <source>An opportunity came from them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="529" />
        <source>Dormant: no contact in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="532" />
        <source>Picked on the dashboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="97" />
        <source>e.g. %1 or %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="99" />
        <source>e.g. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="104" />
        <source>Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="105" />
        <source>Pick the date on a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="107" />
        <source>Pick %1 on a calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DifferencesView</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="67" />
        <source>Values the files would change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="70" />
        <source>Contact / field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="70" />
        <source>In the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="70" />
        <source>In the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="72" />
        <source>Take the file's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="90" />
        <source>Only the name matched, which may be another person: the book keeps its values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="92" />
        <source>book's kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="48" />
        <source>same email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="49" />
        <source>same phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="50" />
        <source>same profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="54" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="55" />
        <source>similar names %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="122" />
        <source>Find Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="123" />
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="141" />
        <source>Groups of possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="154" />
        <source>The contacts side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="163" />
        <source>Contact to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="166" />
        <source>&amp;Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="171" />
        <source>The kept contact's fields win; every email, phone, tag, interaction and opportunity of the others is added to it, and their differing names and details go into its note. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="195" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="199" />
        <source>&amp;Not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="201" />
        <source>Hide this group until the dialog is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="214" />
        <source>Nobody in the book looks like someone else: no email, phone or LinkedIn profile is shared, and no name is written two ways. This window looks again after every change while it is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="254" />
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="262" />
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="296" />
        <source>%n group(s) of contacts that may be one person.</source>
        <translation><numerusform>%n group of contacts that may be one person.</numerusform><numerusform>%n groups of contacts that may be one person.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="298" />
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="310" />
        <source>Why: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="341" />
        <source>Keep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="377" />
        <source>Not merged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="96" />
        <source>Export contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="105" />
        <source>Contacts to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="110" />
        <source>Include &amp;archived contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="114" />
        <source>Archived contacts are written too, marked as archived, so the file is a whole copy of the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="121" />
        <source>File format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="123" />
        <source>vCard 3.0 (phones, Google, Apple, Outlook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="124" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="125" />
        <source>CSV (spreadsheets, Google Contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="126" />
        <source>JSON (scripts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="135" />
        <source>File to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="138" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="139" />
        <source>Choose the file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="147" />
        <source>&amp;Contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="148" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="153" />
        <source>F&amp;ile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="162" />
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="165" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="168" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="170" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="236" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="238" />
        <source>%1 files (*%2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="251" />
        <source>There are no contacts to export in this choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="253" />
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="260" />
        <source>This is the book itself: an export never replaces it. Choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="263" />
        <source>This file belongs to the book (%1): an export never replaces it. Choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="267" />
        <source>This is inside the book's backups folder. Choose a file elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="269" />
        <source>This is a folder; give a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="271" />
        <source>This is not a file netbook can write to (a socket or a disk device). Choose a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="274" />
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/export.py" line="291" />
        <source>%n contact(s) will be written.</source>
        <translation><numerusform>%n contact will be written.</numerusform><numerusform>%n contacts will be written.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/export.py" line="294" />
        <source>%n of them archived, marked as such.</source>
        <translation><numerusform>%n of them archived, marked as such.</numerusform><numerusform>%n of them archived, marked as such.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="296" />
        <source>The existing file will be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="319" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/export.py" line="337" />
        <source>Wrote %n contact(s) to %1.</source>
        <translation><numerusform>Wrote %n contact to %1.</numerusform><numerusform>Wrote %n contacts to %1.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="355" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="357" />
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="370" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="199" />
        <source>Error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/fields.py" line="199" />
        <source>Warning:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/filter_chips.py" line="47" />
        <source>Filters in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/filter_chips.py" line="54" />
        <source>Showing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/filter_chips.py" line="57" />
        <source>Clear all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/filter_chips.py" line="60" />
        <source>Show every active contact (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/filter_chips.py" line="99" />
        <source>%1 — click to remove this filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/filter_chips.py" line="100" />
        <source>Remove filter: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/help.py" line="40" />
        <source>netbook Help</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="66" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="132" />
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="68" />
        <source>Contacts (*.vcf *.vcard *.csv *.zip);;vCard (*.vcf *.vcard);;CSV (*.csv);;LinkedIn archive (*.zip);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="161" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="184" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="162" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="163" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="164" />
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="165" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="166" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="181" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="168" />
        <source>Files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="175" />
        <source>&amp;Keep all mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="178" />
        <source>&amp;Take all theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="185" />
        <source>Card/row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="186" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="187" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="188" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="190" />
        <source>Problems found in the files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="195" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="199" />
        <source>&amp;Keep message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="203" />
        <source>Store the words of your LinkedIn messages in the book, not only a one-line summary of each conversation day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="208" />
        <source>&amp;Map columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="210" />
        <source>Cop&amp;y problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="212" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="215" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="279" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="217" />
        <source>&amp;Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="219" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="312" />
        <source> (%1 contacts, %2 interactions, %3 how we met)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="342" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="343" />
        <source>Nothing is written until you choose Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="366" />
        <source>Ready to import: %1 new, %2 to update, %3 already in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="374" />
        <source>A backup of the book is made first. You can undo the whole import afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="378" />
        <source>Nothing to import: everything is already in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="381" />
        <source>These files cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="387" />
        <source>netbook does not know the columns of %1: choose “Map columns…” to say what they hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="393" />
        <source>The column mapping is used for every CSV file of this import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="401" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="402" />
        <source>Cancel leaves the book exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="429" />
        <source>%v of %m contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="429" />
        <source>%p%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="436" />
        <source>Import cancelled: the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="446" />
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="454" />
        <source>%n problem(s), listed below.</source>
        <translation><numerusform>%n problem, listed below.</numerusform><numerusform>%n problems, listed below.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="454" />
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="461" />
        <source>The import could not be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="465" />
        <source>The import failed; the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="475" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="476" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="483" />
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="495" />
        <source>The import was undone: the book is as it was before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="529" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="553" />
        <source>&amp;Values that differ: %1 taken from the files, %2 kept as the book had them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="559" />
        <source>&amp;Values that differ (%n contact(s)): the book keeps its value unless you tick “Take the file's”.</source>
        <translation><numerusform>&amp;Values that differ (%n contact): the book keeps its value unless you tick “Take the file's”.</numerusform><numerusform>&amp;Values that differ (%n contacts): the book keeps its value unless you tick “Take the file's”.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="568" />
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="569" />
        <source>LinkedIn CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="570" />
        <source>Google CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="571" />
        <source>Outlook CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="572" />
        <source>CSV (mapped columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="573" />
        <source>LinkedIn archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="574" />
        <source>LinkedIn profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="575" />
        <source>LinkedIn invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="576" />
        <source>LinkedIn messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="577" />
        <source>Recommendations received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="578" />
        <source>Recommendations given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="579" />
        <source>Endorsements received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="580" />
        <source>Endorsements given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="583" />
        <source>how we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="584" />
        <source>interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="585" />
        <source>whose archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="586" />
        <source>files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="589" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="599" />
        <source>file not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="604" />
        <source>left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="604" />
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="617" />
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="625" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="625" />
        <source>card imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDifferences</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="26" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="27" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="28" />
        <source>Phonetic name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="29" />
        <source>Nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="30" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="31" />
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="32" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="33" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="34" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="35" />
        <source>Anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="36" />
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="37" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="38" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="39" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="40" />
        <source>Keep in touch (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="43" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="50" />
        <source>same UID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="51" />
        <source>same profile link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="52" />
        <source>same email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="53" />
        <source>same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="54" />
        <source>same name and organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="55" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_differences.py" line="58" />
        <source>matched by %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionCommands</name>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="58" />
        <source>Edit interaction “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="62" />
        <source>Remove interaction “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListOptions</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_options.py" line="78" />
        <source>A&amp;scending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_options.py" line="79" />
        <source>D&amp;escending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_options.py" line="99" />
        <source>&amp;Sort by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_options.py" line="107" />
        <source>C&amp;olumns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="36" />
        <source>Log an interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="38" />
        <source>What happened, e.g. Coffee about the new role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="39" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="41" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="47" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="50" />
        <source>&amp;Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="51" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="52" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="59" />
        <source>With %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="66" />
        <source>&amp;Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="79" />
        <source>Edit interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/interaction.py" line="80" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="93" />
        <source>netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="18" />
        <source>Favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="19" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="20" />
        <source>Recently added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="21" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="34" />
        <source>Tag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="37" />
        <source>Picked on the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="40" />
        <source>Search: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="49" />
        <source>Nobody matches all the filters above.
Remove one, or press Esc to show every contact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="55" />
        <source>No contact matches “%1”.
Search looks in names, companies, titles, emails, phone digits, places, tags and notes. Esc clears the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="61" />
        <source>Nobody here: the dashboard picked no contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="63" />
        <source>Nobody has this tag any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="65" />
        <source>No favourites yet.
Select a contact and press Ctrl+D to keep them here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="68" />
        <source>Nobody is overdue.
Give a contact a keep-in-touch reminder in the editor's Story tab; they appear here when it runs out.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="73" />
        <source>Nobody was added in the last %n day(s).</source>
        <translation><numerusform>Nobody was added in the last %n day.</numerusform><numerusform>Nobody was added in the last %n days.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="76" />
        <source>Nothing is archived.
Archived contacts (Ctrl+Shift+A) wait here, out of sight, until you bring them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/filter_words.py" line="83" />
        <source>No active contacts: the others are under Archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="341" />
        <source>Showing the contacts picked on the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="391" />
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="393" />
        <source>%Ln archived</source>
        <translation><numerusform>%Ln archived</numerusform><numerusform>%Ln archived</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="395" />
        <source>%Ln shown</source>
        <translation><numerusform>%Ln shown</numerusform><numerusform>%Ln shown</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="397" />
        <source>%Ln selected</source>
        <translation><numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="410" />
        <source>Un&amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/file_actions.py" line="56" />
        <source>Import LinkedIn data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/file_actions.py" line="59" />
        <source>LinkedIn data (*.zip *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/file_actions.py" line="95" />
        <source>Loaded %Ln sample contact(s).</source>
        <translation><numerusform>Loaded %Ln sample contact.</numerusform><numerusform>Loaded %Ln sample contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/file_actions.py" line="105" />
        <source>Selection (%Ln)</source>
        <translation><numerusform>Selection (%Ln)</numerusform><numerusform>Selection (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/file_actions.py" line="113" />
        <source>All contacts (%Ln)</source>
        <translation><numerusform>All contacts (%Ln)</numerusform><numerusform>All contacts (%Ln)</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/delete_confirmation.py" line="37" />
        <source>Edit &gt; Undo brings them back with their story. Archive keeps contacts out of sight without deleting them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="68" />
        <location filename="../../src/netbook/ui/window/undo_actions.py" line="62" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="70" />
        <location filename="../../src/netbook/ui/window/undo_actions.py" line="63" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="75" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="78" />
        <source>Import contacts from vCard or CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="82" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="85" />
        <source>Export contacts as vCard, CSV or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="88" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="92" />
        <source>&amp;New contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="95" />
        <source>Add a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="99" />
        <source>&amp;Edit contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="102" />
        <source>Edit the selected contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="106" />
        <source>&amp;Log interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="109" />
        <source>Note a call, meeting or message with the selected contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="115" />
        <source>Add &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="117" />
        <source>Note a job offer, partnership, interview… from the shown contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="123" />
        <source>&amp;Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="126" />
        <source>Mark or unmark the selected contacts as favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="130" />
        <location filename="../../src/netbook/ui/window/main_window.py" line="410" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="133" />
        <source>Archive the selected contacts (hidden, kept in history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="137" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="140" />
        <source>Delete the selected contacts (Edit &gt; Undo restores)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="146" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="149" />
        <source>Search the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="153" />
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="156" />
        <source>Back to the contact you came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="160" />
        <source>C&amp;lear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="162" />
        <source>Show every active contact again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="166" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="169" />
        <source>Show the contact list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="173" />
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="176" />
        <source>Show the network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="180" />
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="181" />
        <source>Find contacts that are one person and merge them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="185" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="187" />
        <source>Where the book lives, export, reach-out and theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="191" />
        <source>netbook &amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="193" />
        <source>Open the user guide (works offline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="195" />
        <source>&amp;About netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="196" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="223" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="225" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="235" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="240" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="259" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="264" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="267" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="275" />
        <location filename="../../src/netbook/ui/window/main_actions.py" line="277" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="430" />
        <source>That contact is not in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="461" />
        <source>The dashboard is not available.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/contact_actions.py" line="90" />
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/contact_actions.py" line="136" />
        <source>Archived %Ln contact(s).</source>
        <translation><numerusform>Archived %Ln contact.</numerusform><numerusform>Archived %Ln contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/contact_actions.py" line="138" />
        <source>Brought back %Ln contact(s).</source>
        <translation><numerusform>Brought back %Ln contact.</numerusform><numerusform>Brought back %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/contact_actions.py" line="140" />
        <location filename="../../src/netbook/ui/window/contact_actions.py" line="158" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/contact_actions.py" line="156" />
        <source>Deleted %Ln contact(s).</source>
        <translation><numerusform>Deleted %Ln contact.</numerusform><numerusform>Deleted %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/delete_confirmation.py" line="31" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/delete_confirmation.py" line="47" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/delete_confirmation.py" line="20" />
        <source>Delete “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/delete_confirmation.py" line="24" />
        <source>Delete %Ln contact(s): %1?</source>
        <translation><numerusform>Delete %Ln contact: %1?</numerusform><numerusform>Delete %Ln contacts: %1?</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/file_actions.py" line="70" />
        <source>Nothing to import: netbook reads .vcf and .csv files.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="90" />
        <source>Search “%1” (%Ln)</source>
        <translation><numerusform>Search “%1” (%Ln)</numerusform><numerusform>Search “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="92" />
        <source>Tag “%1” (%Ln)</source>
        <translation><numerusform>Tag “%1” (%Ln)</numerusform><numerusform>Tag “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="94" />
        <source>Favourites (%Ln)</source>
        <translation><numerusform>Favourites (%Ln)</numerusform><numerusform>Favourites (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="95" />
        <source>Recently added (%Ln)</source>
        <translation><numerusform>Recently added (%Ln)</numerusform><numerusform>Recently added (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="96" />
        <source>Archived (%Ln)</source>
        <translation><numerusform>Archived (%Ln)</numerusform><numerusform>Archived (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/filter_words.py" line="98" />
        <source>Contacts shown (%Ln)</source>
        <translation><numerusform>Contacts shown (%Ln)</numerusform><numerusform>Contacts shown (%Ln)</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/undo_actions.py" line="81" />
        <source>Undoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/undo_actions.py" line="82" />
        <source>Undid “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/undo_actions.py" line="89" />
        <source>Redoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/undo_actions.py" line="90" />
        <source>Redid “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/card_trail.py" line="67" />
        <source>Back to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="66" />
        <source>Merge %n duplicate(s)</source>
        <translation><numerusform>Merge %n duplicate</numerusform><numerusform>Merge %n duplicates</numerusform></translation></message>
</context>
<context>
    <name>OpportunityCommands</name>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="70" />
        <source>Add opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="75" />
        <source>Mark “%1” as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="82" />
        <source>Edit opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="86" />
        <source>Remove opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="57" />
        <source>Edit opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="57" />
        <source>Add opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="59" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="63" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="64" />
        <source>What it is, e.g. Radio interview on Morning Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="69" />
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="70" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="72" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="74" />
        <source>Open (still in play)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="75" />
        <source>Accepted (an offer you took)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="76" />
        <source>Declined (an offer you turned down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="77" />
        <source>Won (it happened)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="78" />
        <source>Lost (it did not)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="82" />
        <source>Via (introducer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="85" />
        <source>Type to search the book (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="87" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="92" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="93" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="94" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="95" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="96" />
        <source>&amp;Via:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="97" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="104" />
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="115" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="115" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/opportunity.py" line="155" />
        <source>Pick the introducer from the list that opens as you type: an opportunity links to a contact in the book. Clear the field for none.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="216" />
        <source>Crop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="219" />
        <source>Size of the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="224" />
        <source>&amp;Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="227" />
        <source>Drag the square, or use the arrow keys; the wheel, + and - change its size.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="304" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="305" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="306" />
        <source>Choose a photo file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="307" />
        <source>Cro&amp;p…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="308" />
        <source>Crop the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="309" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="310" />
        <source>Remove the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="338" />
        <source>Linked photo
(not downloaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="340" />
        <source>Photo kept
(not shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="342" />
        <source>No photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="366" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="368" />
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="378" />
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="387" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="397" />
        <source>Cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="34" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="36" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="38" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="41" />
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="45" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="47" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="49" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="51" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/printing.py" line="90" />
        <source>Print contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReuseNotice</name>
    <message>
        <location filename="../../src/netbook/ui/editor/reuse_notice.py" line="59" />
        <source>%1 is already on the card of %2 (archived).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/reuse_notice.py" line="61" />
        <source>%1 is already on the card of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/reuse_notice.py" line="64" />
        <source>Is this the same person? Then add to that card instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/reuse_notice.py" line="66" />
        <source>Warning: already in the book</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="415" />
        <source>None yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/netbook/ui/window/search_field.py" line="29" />
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/search_field.py" line="30" />
        <source>Search names, companies, emails, phones, places, tags…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="49" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="52" />
        <source>Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="63" />
        <source>Show in &amp;Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="70" />
        <source>Location:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="73" />
        <source>One file holds the whole book; copy it to keep a backup. To open another book, start netbook with --db PATH (or set NETBOOK_DB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="81" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="86" />
        <source>vCard 3.0 (phones, Google, Apple, Outlook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="87" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="88" />
        <source>CSV (spreadsheets, Google Contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="89" />
        <source>JSON (scripts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="95" />
        <source>Default &amp;format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="100" />
        <source>Documents (the last folder used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="101" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="106" />
        <source>F&amp;older:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="110" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="118" />
        <source>New contacts get the &amp;reminder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="122" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="124" />
        <source>Sync when netbook &amp;starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="127" />
        <source>Sync &amp;every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="133" />
        <source> minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="134" />
        <source>Minutes between syncs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="144" />
        <source>Syncs the accounts of File &gt; Accounts… (without one, nothing happens). File &gt; Sync Now syncs at any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="154" />
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="159" />
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="160" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="161" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="165" />
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/settings.py" line="183" />
        <source>Export to the folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareContactDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="47" />
        <source>Share “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="56" />
        <source>QR code of %1's contact card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="58" />
        <source>Point a phone's camera at the code to add %1 to its contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="67" />
        <source>&amp;Copy vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="70" />
        <source>&amp;Save image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="91" />
        <source>Save QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="91" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="36" />
        <source>Lists and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="47" />
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="48" />
        <source>Favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="49" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="50" />
        <source>Recently added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="51" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="55" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/sidebar.py" line="111" />
        <source>Tag %1, %Ln contact(s)</source>
        <translation><numerusform>Tag %1, %Ln contact</numerusform><numerusform>Tag %1, %Ln contacts</numerusform></translation></message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="56" />
        <source>&amp;Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="59" />
        <source>S&amp;ync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="61" />
        <source>Sync with your CardDAV accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="102" />
        <source>Sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="114" />
        <source>Synced just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/sync_status.py" line="116" />
        <source>Synced %n minute(s) ago</source>
        <translation><numerusform>Synced %n minute ago</numerusform><numerusform>Synced %n minutes ago</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/sync_status.py" line="117" />
        <source>Synced %n hour(s) ago</source>
        <translation><numerusform>Synced %n hour ago</numerusform><numerusform>Synced %n hours ago</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="144" />
        <source>no password for %1 (File &gt; Sync Now asks for it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="169" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="170" />
        <source>Password for %1 (kept until netbook closes):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="212" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="218" />
        <source>Syncing… %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_status.py" line="232" />
        <source>Sync: %1 new here, %2 new there, %3 updated here, %4 there, %5 conflict(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncDeletes</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/sync_deletes.py" line="38" />
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_deletes.py" line="46" />
        <source>Delete on the server too?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/sync_deletes.py" line="49" />
        <source>You deleted %n contact(s) that are also on the server: %1.</source>
        <translation><numerusform>You deleted %n contact that are also on the server: %1.</numerusform><numerusform>You deleted %n contacts that are also on the server: %1.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_deletes.py" line="54" />
        <source>Delete them on the server too? Your phone and other clients then lose them; a delete on the server cannot be undone from here. Kept on the server, they stay there and do not come back into this book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_deletes.py" line="62" />
        <source>&amp;Delete on Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sync_deletes.py" line="65" />
        <source>&amp;Keep on Server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="46" />
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="47" />
        <source>&amp;Merge into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="55" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="57" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="68" />
        <source>Rename tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="69" />
        <source>New name for “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="85" />
        <source>Merge tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="87" />
        <source>A tag called “%2” exists already. Renaming “%1” to it merges the two: its %Ln contact(s) get “%2”. Edit &gt; Undo takes it back.</source>
        <translation><numerusform>A tag called “%2” exists already. Renaming “%1” to it merges the two: its %Ln contact get “%2”. Edit &gt; Undo takes it back.</numerusform><numerusform>A tag called “%2” exists already. Renaming “%1” to it merges the two: its %Ln contacts get “%2”. Edit &gt; Undo takes it back.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="93" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="116" />
        <source>Delete tag</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="118" />
        <source>Delete the tag “%1”? %Ln contact(s) lose it; the contacts themselves stay. Edit &gt; Undo brings it back.</source>
        <translation><numerusform>Delete the tag “%1”? %Ln contact lose it; the contacts themselves stay. Edit &gt; Undo brings it back.</numerusform><numerusform>Delete the tag “%1”? %Ln contacts lose it; the contacts themselves stay. Edit &gt; Undo brings it back.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="124" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="161" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="167" />
        <source>Renamed the tag “%1” to “%2” (%Ln contact(s)).</source>
        <translation><numerusform>Renamed the tag “%1” to “%2” (%Ln contact).</numerusform><numerusform>Renamed the tag “%1” to “%2” (%Ln contacts).</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="168" />
        <source>Merged the tag “%1” into “%2” (%Ln contact(s)).</source>
        <translation><numerusform>Merged the tag “%1” into “%2” (%Ln contact).</numerusform><numerusform>Merged the tag “%1” into “%2” (%Ln contacts).</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="169" />
        <source>Deleted the tag “%1”: %Ln contact(s) lost it.</source>
        <translation><numerusform>Deleted the tag “%1”: %Ln contact lost it.</numerusform><numerusform>Deleted the tag “%1”: %Ln contacts lost it.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/tag_actions.py" line="184" />
        <source>Tag “%1” (%Ln)</source>
        <translation><numerusform>Tag “%1” (%Ln)</numerusform><numerusform>Tag “%1” (%Ln)</numerusform></translation></message>
</context>
<context>
    <name>TagCommands</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="90" />
        <source>Add tag “%1” to %n contact(s)</source>
        <translation><numerusform>Add tag “%1” to %n contact</numerusform><numerusform>Add tag “%1” to %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="94" />
        <source>Remove tag “%1” from %n contact(s)</source>
        <translation><numerusform>Remove tag “%1” from %n contact</numerusform><numerusform>Remove tag “%1” from %n contacts</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="100" />
        <source>Rename tag “%1” to “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="104" />
        <source>Merge tag “%1” into “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="108" />
        <source>Delete tag “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../src/netbook/ui/editor/tags.py" line="30" />
        <source>Comma-separated, e.g. Clients, Conference 2025</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="27" />
        <source>Archive %n contact(s)</source>
        <translation><numerusform>Archive %n contact</numerusform><numerusform>Archive %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="28" />
        <source>Unarchive %n contact(s)</source>
        <translation><numerusform>Unarchive %n contact</numerusform><numerusform>Unarchive %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="33" />
        <source>Mark %n contact(s) as favourite</source>
        <translation><numerusform>Mark %n contact as favourite</numerusform><numerusform>Mark %n contacts as favourite</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="34" />
        <source>Unmark %n favourite(s)</source>
        <translation><numerusform>Unmark %n favourite</numerusform><numerusform>Unmark %n favourites</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="38" />
        <source>Delete %n contact(s)</source>
        <translation><numerusform>Delete %n contact</numerusform><numerusform>Delete %n contacts</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="42" />
        <source>Add “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="46" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/change_labels.py" line="50" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/change_labels.py" line="54" />
        <source>Log an interaction with %n contact(s)</source>
        <translation><numerusform>Log an interaction with %n contact</numerusform><numerusform>Log an interaction with %n contacts</numerusform></translation></message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="31" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="32" />
        <location filename="../../src/netbook/ui/labels.py" line="60" />
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="33" />
        <location filename="../../src/netbook/ui/labels.py" line="62" />
        <location filename="../../src/netbook/ui/labels.py" line="87" />
        <location filename="../../src/netbook/ui/labels.py" line="149" />
        <location filename="../../src/netbook/ui/labels.py" line="169" />
        <location filename="../../src/netbook/ui/labels.py" line="191" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="34" />
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="35" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="36" />
        <source>Fax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="37" />
        <source>Home fax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="38" />
        <source>Work fax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="39" />
        <source>Pager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="41" />
        <source>Homepage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="42" />
        <location filename="../../src/netbook/ui/labels.py" line="55" />
        <location filename="../../src/netbook/ui/labels.py" line="86" />
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="56" />
        <source>Online group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="57" />
        <location filename="../../src/netbook/ui/labels.py" line="167" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="58" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="59" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="61" />
        <source>School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="63" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="94" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="133" />
        <source>Spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="134" />
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="135" />
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="136" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="137" />
        <source>Mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="138" />
        <source>Father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="139" />
        <source>Sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="140" />
        <source>Brother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="141" />
        <source>Sister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="142" />
        <source>Relative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="143" />
        <source>Friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="144" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="145" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="146" />
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="147" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="148" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="160" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="161" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="162" />
        <source>Video call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="163" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="164" />
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="165" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="166" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="168" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="170" />
        <source>Changed job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="171" />
        <location filename="../../src/netbook/ui/labels.py" line="172" />
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="173" />
        <location filename="../../src/netbook/ui/labels.py" line="174" />
        <source>Endorsement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="175" />
        <source>Sync conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="185" />
        <source>Job offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="186" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="187" />
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="188" />
        <source>Speaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="189" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="190" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="202" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="203" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="204" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="205" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="206" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="217" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="218" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="219" />
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="220" />
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="221" />
        <source>lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../src/netbook/ui/window/welcome_panel.py" line="31" />
        <source>netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/welcome_panel.py" line="34" />
        <source>Your network, in one place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/welcome_panel.py" line="44" />
        <source>Bring in the contacts from your phone, mail or LinkedIn. They stay on this computer, in one file. You can also drop .vcf and .csv files on this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/welcome_panel.py" line="58" />
        <source>Import vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/welcome_panel.py" line="61" />
        <source>Import LinkedIn data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/welcome_panel.py" line="64" />
        <source>Load sample book</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="314" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="319" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="321" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="323" />
        <source>Region or state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="325" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="369" />
        <source>Label of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="371" />
        <source>street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="372" />
        <source>postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="373" />
        <source>city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="374" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="375" />
        <source>country</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_ImRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="232" />
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="239" />
        <source>Handle, number or address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_LabelledRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="140" />
        <source>Label of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_RelationRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="290" />
        <source>Kind of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="79" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="103" />
        <source>Remove %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_ServiceRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="193" />
        <source>Service of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_SocialRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="209" />
        <source>Profile address or @handle</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/netbook/ui/window/application.py" line="209" />
        <source>netbook cannot open the book</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>