<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="22" />
        <source>A private, offline address book that keeps the story of every connection: how you met, who introduced you, and what came of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="28" />
        <source>Your contacts stay in one SQLite file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="30" />
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/about.py" line="39" />
        <source>About netbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardStoryActions</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_actions.py" line="117" />
        <source>Removed the opportunity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_actions.py" line="156" />
        <source>Removed the interaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card_actions.py" line="162" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="105" />
        <source>%1: nothing to show yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="348" />
        <source>Save Chart as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="356" />
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="363" />
        <source>Save Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="356" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/charts.py" line="364" />
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
        <location filename="../../src/netbook/ui/contacts/card.py" line="147" />
        <source>Contact card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="173" />
        <source>Select a contact to see their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="207" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="212" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="224" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="225" />
        <source>Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="231" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="235" />
        <source>“%1”</source>
        <comment>a nickname in quotes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="238" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="401" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="402" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="403" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="404" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="405" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="184" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="406" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="252" />
        <source>Share…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="255" />
        <source>A QR code a phone's camera turns into a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="259" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="260" />
        <source>Print the card, or save it as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="328" />
        <source>Add &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="331" />
        <source>Note a job offer, partnership, interview… from this contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="332" />
        <source>Add opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="354" />
        <source>Actions for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="355" />
        <source>Edit, remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="366" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="377" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="369" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="394" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="380" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="407" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="436" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="450" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="453" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="455" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="458" />
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="464" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="470" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="472" />
        <source>Anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="474" />
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="481" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="483" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="485" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="487" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="490" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="493" />
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="503" />
        <location filename="../../src/netbook/ui/contacts/card.py" line="506" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="503" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="506" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="509" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/card.py" line="555" />
        <source>and %Ln more</source>
        <translation><numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="601" />
        <source>Added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="607" />
        <source>changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/card.py" line="495" />
        <source>Introduced</source>
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
        <location filename="../../src/netbook/ui/editor/editor.py" line="105" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="107" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="111" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="112" />
        <source>&amp;Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="113" />
        <source>&amp;Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="114" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="172" />
        <source>Prefi&amp;x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="173" />
        <source>Gi&amp;ven name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="174" />
        <source>&amp;Middle names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="175" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="176" />
        <source>S&amp;uffix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="177" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="183" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="184" />
        <source>Made from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="186" />
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="202" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="203" />
        <source>Depar&amp;tment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="204" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="209" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="212" />
        <source>Anniv&amp;ersary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="216" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="218" />
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="221" />
        <source>Favou&amp;rite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="234" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="234" />
        <source>Add &amp;email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="238" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="238" />
        <source>Add &amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="241" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="241" />
        <source>Add add&amp;ress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="244" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="244" />
        <source>Add &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="248" />
        <source>Social profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="248" />
        <source>Add social pro&amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="253" />
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="254" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="255" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="256" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="257" />
        <source>Social profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="275" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="280" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="283" />
        <source>LinkedIn, a conference, a blog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="285" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="288" />
        <source>Da&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="289" />
        <source>Pl&amp;ace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="293" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="294" />
        <source>What brought you together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="297" />
        <source>Conte&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="302" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="308" />
        <source>&amp;Introduced by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="312" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="314" />
        <source>We have &amp;met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="318" />
        <source>&amp;First met on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="324" />
        <source>Whe&amp;re:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="329" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="332" />
        <source>Keep-in-touch reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="340" />
        <source>&amp;Reminder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="364" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="403" />
        <source>Give at least a name, an organisation, an email or a phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="452" />
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="454" />
        <source>Save the changes to this contact?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/editor.py" line="456" />
        <source>If you don't save, your changes are lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="201" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="203" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="220" />
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="228" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="230" />
        <source>favourite</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contacts/list_model.py" line="312" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../src/netbook/ui/contacts/list_view.py" line="169" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
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
        <location filename="../../src/netbook/ui/editor/photo.py" line="67" />
        <source>Photo crop area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="69" />
        <source>Arrow keys move the square, plus and minus resize it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="124" />
        <source>Network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="130" />
        <source>Your network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="136" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="147" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="148" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="164" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="149" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="150" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="151" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="180" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="197" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="152" />
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="161" />
        <source>Network size over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="162" />
        <source>Where connections came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="163" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="361" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="165" />
        <source>Top introducers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="167" />
        <source>Opportunities by source and outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="181" />
        <location filename="../../src/netbook/ui/dashboard/view.py" line="199" />
        <source>Coming up (30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="182" />
        <source>Show All Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="288" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="153" />
        <source>Birthdays soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="262" />
        <source>Reading the numbers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="281" />
        <source>The numbers could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="307" />
        <source>%1 active, the rest archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="312" />
        <source>%1 met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="317" />
        <source>Came to you through an introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="322" />
        <source>%1 accepted or won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="327" />
        <source>Keep-in-touch cadence run out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="332" />
        <source>Active contacts with no contact in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="337" />
        <source>Birthdays in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="357" />
        <source>Countries (top %1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="366" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="376" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="377" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="414" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard/view.py" line="416" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard/view.py" line="420" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="425" />
        <source>Nobody is overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="432" />
        <source>birthday (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="434" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="438" />
        <source>anniversary (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="440" />
        <source>anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard/view.py" line="444" />
        <source>No birthdays or anniversaries soon.</source>
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
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="50" />
        <source>same email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="51" />
        <source>same phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="52" />
        <source>same profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="56" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="57" />
        <source>similar names %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="125" />
        <source>Find Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="126" />
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="147" />
        <source>Groups of possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="160" />
        <source>The contacts side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="169" />
        <source>Contact to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="172" />
        <source>&amp;Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="177" />
        <source>The kept contact's fields win; every email, phone, tag, interaction and opportunity of the others is added to it, and their differing names and details go into its note. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="201" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="205" />
        <source>&amp;Not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="207" />
        <source>Hide this group until the dialog is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="245" />
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="253" />
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="284" />
        <source>%n group(s) of contacts that may be one person.</source>
        <translation><numerusform>%n group of contacts that may be one person.</numerusform><numerusform>%n groups of contacts that may be one person.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="286" />
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="298" />
        <source>Why: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="329" />
        <source>Keep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/duplicates.py" line="365" />
        <source>Not merged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="76" />
        <source>Export contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="85" />
        <source>Contacts to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="89" />
        <source>File format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="91" />
        <source>vCard 3.0 (phones, Google, Apple, Outlook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="92" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="93" />
        <source>CSV (spreadsheets, Google Contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="94" />
        <source>JSON (scripts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="102" />
        <source>File to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="104" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="105" />
        <source>Choose the file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="113" />
        <source>&amp;Contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="114" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="119" />
        <source>F&amp;ile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="127" />
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="130" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="133" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="135" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="195" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="197" />
        <source>%1 files (*%2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="210" />
        <source>There are no contacts to export in this choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="212" />
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="214" />
        <source>This is a folder; give a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="216" />
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/export.py" line="230" />
        <source>%n contact(s) will be written.</source>
        <translation><numerusform>%n contact will be written.</numerusform><numerusform>%n contacts will be written.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="232" />
        <source>The existing file will be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="248" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/export.py" line="266" />
        <source>Wrote %n contact(s) to %1.</source>
        <translation><numerusform>Wrote %n contact to %1.</numerusform><numerusform>Wrote %n contacts to %1.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="284" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="286" />
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/export.py" line="299" />
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="63" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="127" />
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="65" />
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="156" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="179" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="157" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="158" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="159" />
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="160" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="161" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="176" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="163" />
        <source>Files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="170" />
        <source>&amp;Keep all mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="173" />
        <source>&amp;Take all theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="180" />
        <source>Card/row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="181" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="182" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="183" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="185" />
        <source>Problems found in the files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="190" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="193" />
        <source>&amp;Map columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="195" />
        <source>Cop&amp;y problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="197" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="200" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="263" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="202" />
        <source>&amp;Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="204" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="303" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="304" />
        <source>Nothing is written until you choose Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="327" />
        <source>Ready to import: %1 new, %2 to update, %3 already in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="334" />
        <source>A backup of the book is made first. You can undo the whole import afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="338" />
        <source>Nothing to import: everything is already in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="341" />
        <source>These files cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="347" />
        <source>netbook does not know the columns of %1: choose “Map columns…” to say what they hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="353" />
        <source>The column mapping is used for every CSV file of this import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="361" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="362" />
        <source>Cancel leaves the book exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="384" />
        <source>%v of %m contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="390" />
        <source>Import cancelled: the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="400" />
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="407" />
        <source>%n problem(s), listed below.</source>
        <translation><numerusform>%n problem, listed below.</numerusform><numerusform>%n problems, listed below.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="407" />
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="414" />
        <source>The import could not be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="418" />
        <source>The import failed; the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="428" />
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="429" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="436" />
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="448" />
        <source>The import was undone: the book is as it was before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="481" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="504" />
        <source>&amp;Values that differ: %1 taken from the files, %2 kept as the book had them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="510" />
        <source>&amp;Values that differ (%n contact(s)): the book keeps its value unless you tick “Take the file's”.</source>
        <translation><numerusform>&amp;Values that differ (%n contact): the book keeps its value unless you tick “Take the file's”.</numerusform><numerusform>&amp;Values that differ (%n contacts): the book keeps its value unless you tick “Take the file's”.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="519" />
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="520" />
        <source>LinkedIn CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="521" />
        <source>Google CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="522" />
        <source>Outlook CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="523" />
        <source>CSV (mapped columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="526" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="533" />
        <source>file not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="546" />
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="554" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/import_preview.py" line="554" />
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
        <location filename="../../src/netbook/ui/commands/interactions.py" line="78" />
        <source>Edit interaction “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/commands/interactions.py" line="123" />
        <source>Remove interaction “%1”</source>
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
        <location filename="../../src/netbook/ui/window/main_window.py" line="75" />
        <source>netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="224" />
        <source>No contact matches “%1”.
Search looks in names, companies, titles, emails, phone digits, places, tags and notes. Esc clears the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="228" />
        <source>Nobody here: the dashboard picked no contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="230" />
        <source>Nobody has this tag any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="233" />
        <source>No favourites yet.
Select a contact and press Ctrl+D to keep them here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="236" />
        <source>Nobody is overdue.
Give a contact a keep-in-touch reminder in the editor's Story tab; they appear here when it runs out.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="239" />
        <source>Nobody was added in the last %n day(s).</source>
        <translation><numerusform>Nobody was added in the last %n day.</numerusform><numerusform>Nobody was added in the last %n days.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="241" />
        <source>Nothing is archived.
Archived contacts (Ctrl+Shift+A) wait here, out of sight, until you bring them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="245" />
        <source>No active contacts: the others are under Archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="267" />
        <source>Showing the contacts picked on the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="315" />
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="317" />
        <source>%Ln archived</source>
        <translation><numerusform>%Ln archived</numerusform><numerusform>%Ln archived</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="319" />
        <source>%Ln shown</source>
        <translation><numerusform>%Ln shown</numerusform><numerusform>%Ln shown</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="321" />
        <source>%Ln selected</source>
        <translation><numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="333" />
        <source>Un&amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="63" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="66" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="72" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="75" />
        <source>Import contacts from vCard or CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="79" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="82" />
        <source>Export contacts as vCard, CSV or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="85" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="89" />
        <source>&amp;New contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="92" />
        <source>Add a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="96" />
        <source>&amp;Edit contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="99" />
        <source>Edit the selected contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="103" />
        <source>&amp;Log interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="106" />
        <source>Note a call, meeting or message with the selected contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="112" />
        <source>Add &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="114" />
        <source>Note a job offer, partnership, interview… from the shown contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="120" />
        <source>&amp;Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="123" />
        <source>Mark or unmark the selected contacts as favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="127" />
        <location filename="../../src/netbook/ui/window/main_window.py" line="333" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="130" />
        <source>Archive the selected contacts (hidden, kept in history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="134" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="137" />
        <source>Delete the selected contacts for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="143" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="146" />
        <source>Search the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="150" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="153" />
        <source>Show the contact list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="157" />
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="160" />
        <source>Show the network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="164" />
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="165" />
        <source>Find contacts that are one person and merge them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="167" />
        <source>&amp;About netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="168" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="184" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="188" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="204" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="206" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="208" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_actions.py" line="213" />
        <location filename="../../src/netbook/ui/window/main_actions.py" line="215" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="361" />
        <source>That contact is not in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="393" />
        <source>The dashboard is not available.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="461" />
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="493" />
        <source>Archived %Ln contact(s).</source>
        <translation><numerusform>Archived %Ln contact.</numerusform><numerusform>Archived %Ln contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="495" />
        <source>Brought back %Ln contact(s).</source>
        <translation><numerusform>Brought back %Ln contact.</numerusform><numerusform>Brought back %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="498" />
        <location filename="../../src/netbook/ui/window/main_window.py" line="532" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="507" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="509" />
        <source>Delete %Ln contact(s) for good? Archive keeps them out of sight instead.</source>
        <translation><numerusform>Delete %Ln contact for good? Archive keeps them out of sight instead.</numerusform><numerusform>Delete %Ln contacts for good? Archive keeps them out of sight instead.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="520" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="530" />
        <source>Deleted %Ln contact(s).</source>
        <translation><numerusform>Deleted %Ln contact.</numerusform><numerusform>Deleted %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="547" />
        <source>Import LinkedIn connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="549" />
        <source>LinkedIn export (Connections.csv *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="559" />
        <source>Nothing to import: netbook reads .vcf and .csv files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/main_window.py" line="593" />
        <source>The sample book is missing from this installation.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="609" />
        <source>Loaded %Ln sample contact(s).</source>
        <translation><numerusform>Loaded %Ln sample contact.</numerusform><numerusform>Loaded %Ln sample contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="617" />
        <source>Selection (%Ln)</source>
        <translation><numerusform>Selection (%Ln)</numerusform><numerusform>Selection (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="623" />
        <source>All contacts (%Ln)</source>
        <translation><numerusform>All contacts (%Ln)</numerusform><numerusform>All contacts (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="628" />
        <source>Search “%1” (%Ln)</source>
        <translation><numerusform>Search “%1” (%Ln)</numerusform><numerusform>Search “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="631" />
        <source>Tag “%1” (%Ln)</source>
        <translation><numerusform>Tag “%1” (%Ln)</numerusform><numerusform>Tag “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="633" />
        <source>Favourites (%Ln)</source>
        <translation><numerusform>Favourites (%Ln)</numerusform><numerusform>Favourites (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="634" />
        <source>Recently added (%Ln)</source>
        <translation><numerusform>Recently added (%Ln)</numerusform><numerusform>Recently added (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="635" />
        <source>Archived (%Ln)</source>
        <translation><numerusform>Archived (%Ln)</numerusform><numerusform>Archived (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/main_window.py" line="637" />
        <source>Contacts shown (%Ln)</source>
        <translation><numerusform>Contacts shown (%Ln)</numerusform><numerusform>Contacts shown (%Ln)</numerusform></translation></message>
</context>
<context>
    <name>MergeCommand</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/commands/merge.py" line="45" />
        <source>Merge %n duplicate(s)</source>
        <translation><numerusform>Merge %n duplicate</numerusform><numerusform>Merge %n duplicates</numerusform></translation></message>
</context>
<context>
    <name>OpportunityCommands</name>
    <message>
        <location filename="../../src/netbook/ui/commands/opportunities.py" line="121" />
        <source>Add opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/commands/opportunities.py" line="152" />
        <source>Mark “%1” as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/commands/opportunities.py" line="155" />
        <source>Edit opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/commands/opportunities.py" line="181" />
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
        <location filename="../../src/netbook/ui/editor/photo.py" line="213" />
        <source>Crop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="216" />
        <source>Size of the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="221" />
        <source>&amp;Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="224" />
        <source>Drag the square, or use the arrow keys; the wheel, + and - change its size.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="299" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="300" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="301" />
        <source>Choose a photo file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="302" />
        <source>Cro&amp;p…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="303" />
        <source>Crop the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="304" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="305" />
        <source>Remove the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="341" />
        <source>Linked photo
(not downloaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="343" />
        <source>No photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="358" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="360" />
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="370" />
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="379" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/photo.py" line="389" />
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
    <name>RowsEditor</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="287" />
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
        <location filename="../../src/netbook/ui/dialogs/share.py" line="89" />
        <source>Save QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dialogs/share.py" line="89" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="25" />
        <source>Lists and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="36" />
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="37" />
        <source>Favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="38" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="39" />
        <source>Recently added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="40" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/window/sidebar.py" line="44" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/window/sidebar.py" line="97" />
        <source>Tag %1, %Ln contact(s)</source>
        <translation><numerusform>Tag %1, %Ln contact</numerusform><numerusform>Tag %1, %Ln contacts</numerusform></translation></message>
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
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="65" />
        <source>Archive %n contact(s)</source>
        <translation><numerusform>Archive %n contact</numerusform><numerusform>Archive %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="67" />
        <source>Unarchive %n contact(s)</source>
        <translation><numerusform>Unarchive %n contact</numerusform><numerusform>Unarchive %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="100" />
        <source>Mark %n contact(s) as favourite</source>
        <translation><numerusform>Mark %n contact as favourite</numerusform><numerusform>Mark %n contacts as favourite</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="102" />
        <source>Unmark %n favourite(s)</source>
        <translation><numerusform>Unmark %n favourite</numerusform><numerusform>Unmark %n favourites</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="128" />
        <source>Delete %n contact(s)</source>
        <translation><numerusform>Delete %n contact</numerusform><numerusform>Delete %n contacts</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="177" />
        <source>Add “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="179" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="247" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/commands/contact_commands.py" line="284" />
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
        <location filename="../../src/netbook/ui/labels.py" line="116" />
        <location filename="../../src/netbook/ui/labels.py" line="136" />
        <location filename="../../src/netbook/ui/labels.py" line="153" />
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
        <location filename="../../src/netbook/ui/labels.py" line="134" />
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
        <location filename="../../src/netbook/ui/labels.py" line="100" />
        <source>Spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="101" />
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="102" />
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="103" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="104" />
        <source>Mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="105" />
        <source>Father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="106" />
        <source>Sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="107" />
        <source>Brother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="108" />
        <source>Sister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="109" />
        <source>Relative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="110" />
        <source>Friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="111" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="112" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="113" />
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="114" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="115" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="127" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="128" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="129" />
        <source>Video call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="130" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="131" />
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="132" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="133" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="135" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="137" />
        <source>Changed job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="147" />
        <source>Job offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="148" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="149" />
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="150" />
        <source>Speaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="151" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="152" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="164" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="165" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="166" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="167" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="168" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="179" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="180" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="181" />
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="182" />
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/labels.py" line="183" />
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
        <source>Import LinkedIn CSV…</source>
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
        <location filename="../../src/netbook/ui/editor/rows.py" line="197" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="202" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="204" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="206" />
        <source>Region or state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="208" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="241" />
        <source>Label of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="243" />
        <source>street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="244" />
        <source>postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="245" />
        <source>city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="246" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="247" />
        <source>country</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_LabelledRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="123" />
        <source>Label of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="73" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="83" />
        <source>Remove %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_SocialRow</name>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="152" />
        <source>Profile address or @handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/editor/rows.py" line="172" />
        <source>Service of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/netbook/ui/window/application.py" line="157" />
        <source>netbook cannot open the book</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>