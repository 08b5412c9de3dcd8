<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/netbook/ui/about.py" line="22" />
        <source>A private, offline address book that keeps the story of every connection: how you met, who introduced you, and what came of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/about.py" line="28" />
        <source>Your contacts stay in one SQLite file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/about.py" line="30" />
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/about.py" line="39" />
        <source>About netbook</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CardStoryActions</name>
    <message>
        <location filename="../../src/netbook/ui/card_story_actions.py" line="117" />
        <source>Removed the opportunity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/card_story_actions.py" line="156" />
        <source>Removed the interaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/card_story_actions.py" line="162" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="105" />
        <source>%1: nothing to show yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="348" />
        <source>Save Chart as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="356" />
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="363" />
        <source>Save Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="356" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="364" />
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="82" />
        <source>Map CSV columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="89" />
        <source>netbook does not know the layout of %1. Choose what each column holds; columns left on “Ignore” are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="91" />
        <source>this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="98" />
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="105" />
        <source>Field for column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="120" />
        <source>Use this mapping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="131" />
        <source>Contact card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="152" />
        <source>Select a contact to see their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="186" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="191" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="203" />
        <location filename="../../src/netbook/ui/contact_card.py" line="204" />
        <source>Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="210" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="214" />
        <source>“%1”</source>
        <comment>a nickname in quotes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="217" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="346" />
        <location filename="../../src/netbook/ui/contact_card.py" line="549" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="347" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="348" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="349" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="350" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="163" />
        <location filename="../../src/netbook/ui/contact_card.py" line="351" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="273" />
        <source>Add &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="276" />
        <source>Note a job offer, partnership, interview… from this contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="277" />
        <source>Add opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="299" />
        <source>Actions for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="300" />
        <source>Edit, remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="311" />
        <location filename="../../src/netbook/ui/contact_card.py" line="322" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="314" />
        <location filename="../../src/netbook/ui/contact_card.py" line="339" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="325" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="352" />
        <location filename="../../src/netbook/ui/contact_card.py" line="563" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="376" />
        <location filename="../../src/netbook/ui/contact_card.py" line="558" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="379" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="382" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="386" />
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="392" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="398" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="400" />
        <source>Anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="402" />
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="409" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="411" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="413" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="415" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="418" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="426" />
        <location filename="../../src/netbook/ui/contact_card.py" line="429" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="426" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="429" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="432" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="486" />
        <source>Added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="492" />
        <source>changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="503" />
        <source>LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="504" />
        <location filename="../../src/netbook/ui/contact_card.py" line="505" />
        <source>Twitter/X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="506" />
        <location filename="../../src/netbook/ui/contact_card.py" line="529" />
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="507" />
        <source>Online group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="508" />
        <location filename="../../src/netbook/ui/contact_card.py" line="562" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="509" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="510" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="511" />
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="512" />
        <source>School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="513" />
        <source>Friends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="514" />
        <location filename="../../src/netbook/ui/contact_card.py" line="576" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="532" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="538" />
        <source>Spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="539" />
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="540" />
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="541" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="542" />
        <source>Sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="543" />
        <source>Friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="544" />
        <location filename="../../src/netbook/ui/contact_card.py" line="548" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="545" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="546" />
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="547" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="556" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="557" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="559" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="560" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="561" />
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="570" />
        <source>Job offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="571" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="572" />
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="573" />
        <source>Speaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="574" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="575" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="588" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="589" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="590" />
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="591" />
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="592" />
        <source>lost</source>
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
        <location filename="../../src/netbook/ui/contact_editor.py" line="84" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="63" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="89" />
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="85" />
        <source>Online group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="86" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="87" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="88" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="89" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="42" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="51" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="64" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="73" />
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="90" />
        <source>School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="91" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="44" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="56" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="66" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="74" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="90" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="49" />
        <source>This does not look like an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="59" />
        <source>Not a phone number netbook can read; it is kept as typed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="76" />
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="80" />
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="95" />
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="107" />
        <source>There is no such date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_checks.py" line="100" />
        <source>Write the date as YYYY-MM-DD, or --MM-DD without the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="43" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="52" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="65" />
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="72" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="50" />
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="53" />
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="54" />
        <source>Fax</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="55" />
        <source>Pager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="62" />
        <source>Homepage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="117" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="119" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="123" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="124" />
        <source>&amp;Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="125" />
        <source>&amp;Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="126" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="180" />
        <source>Prefi&amp;x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="181" />
        <source>Gi&amp;ven name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="182" />
        <source>&amp;Middle names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="183" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="184" />
        <source>S&amp;uffix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="185" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="191" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="192" />
        <source>Made from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="194" />
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="210" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="211" />
        <source>Depar&amp;tment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="212" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="217" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="220" />
        <source>Anniv&amp;ersary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="224" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="226" />
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="229" />
        <source>Favou&amp;rite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="242" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="242" />
        <source>Add &amp;email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="246" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="246" />
        <source>Add &amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="249" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="249" />
        <source>Add add&amp;ress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="252" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="252" />
        <source>Add &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="256" />
        <source>Social profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="256" />
        <source>Add social pro&amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="261" />
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="262" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="263" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="264" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="265" />
        <source>Social profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="283" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="288" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="291" />
        <source>LinkedIn, a conference, a blog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="293" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="297" />
        <source>Da&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="299" />
        <source>Pl&amp;ace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="303" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="304" />
        <source>What brought you together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="307" />
        <source>Conte&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="312" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="318" />
        <source>&amp;Introduced by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="322" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="324" />
        <source>We have &amp;met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="328" />
        <source>&amp;First met on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="336" />
        <source>Whe&amp;re:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="341" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="344" />
        <source>Keep-in-touch reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="352" />
        <source>&amp;Reminder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="376" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="415" />
        <source>Give at least a name, an organisation, an email or a phone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../src/netbook/ui/contact_list_model.py" line="207" />
        <location filename="../../src/netbook/ui/contact_list_model.py" line="215" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_list_model.py" line="217" />
        <source>favourite</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contact_list_model.py" line="299" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../src/netbook/ui/contact_list_view.py" line="169" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="41" />
        <source>Type to search the book, or write a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="126" />
        <source>✓ in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="127" />
        <source>Linked to this contact in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="129" />
        <source>not linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="131" />
        <source>Kept as a name; pick a contact from the list to link them</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="67" />
        <source>Photo crop area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="69" />
        <source>Arrow keys move the square, plus and minus resize it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="20" />
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="21" />
        <source>Online group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="22" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="23" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="24" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="25" />
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="26" />
        <source>School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="27" />
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="40" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="28" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="35" />
        <source>Job offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="36" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="37" />
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="38" />
        <source>Speaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="39" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="47" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="48" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="49" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="50" />
        <source>Won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_labels.py" line="51" />
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="124" />
        <source>Network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="130" />
        <source>Your network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="136" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="147" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="148" />
        <location filename="../../src/netbook/ui/dashboard.py" line="164" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="149" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="150" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="151" />
        <location filename="../../src/netbook/ui/dashboard.py" line="180" />
        <location filename="../../src/netbook/ui/dashboard.py" line="197" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="152" />
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="161" />
        <source>Network size over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="162" />
        <source>Where connections came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="163" />
        <location filename="../../src/netbook/ui/dashboard.py" line="361" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="165" />
        <source>Top introducers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="167" />
        <source>Opportunities by source and outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="181" />
        <location filename="../../src/netbook/ui/dashboard.py" line="199" />
        <source>Coming up (30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="182" />
        <source>Show All Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="288" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="153" />
        <source>Birthdays soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="262" />
        <source>Reading the numbers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="281" />
        <source>The numbers could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="307" />
        <source>%1 active, the rest archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="312" />
        <source>%1 met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="317" />
        <source>Came to you through an introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="322" />
        <source>%1 accepted or won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="327" />
        <source>Keep-in-touch cadence run out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="332" />
        <source>Active contacts with no contact in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="337" />
        <source>Birthdays in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="357" />
        <source>Countries (top %1 of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="366" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="376" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="377" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="414" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard.py" line="416" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard.py" line="420" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="425" />
        <source>Nobody is overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="432" />
        <source>birthday (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="434" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="438" />
        <source>anniversary (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="440" />
        <source>anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="444" />
        <source>No birthdays or anniversaries soon.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="94" />
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="94" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="99" />
        <source>Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="100" />
        <source>Pick the date on a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="102" />
        <source>Pick %1 on a calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="49" />
        <source>same email %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="50" />
        <source>same phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="51" />
        <source>same profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="55" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="56" />
        <source>similar names %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="124" />
        <source>Find Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="125" />
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="146" />
        <source>Groups of possible duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="159" />
        <source>The contacts side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="168" />
        <source>Contact to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="171" />
        <source>&amp;Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="176" />
        <source>The kept contact's fields win; every email, phone, tag, interaction and opportunity of the others is added to it, and their differing names and details go into its note. Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="200" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="204" />
        <source>&amp;Not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="206" />
        <source>Hide this group until the dialog is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="244" />
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="252" />
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="283" />
        <source>%n group(s) of contacts that may be one person.</source>
        <translation><numerusform>%n group of contacts that may be one person.</numerusform><numerusform>%n groups of contacts that may be one person.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="285" />
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="297" />
        <source>Why: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="328" />
        <source>Keep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/duplicates_dialog.py" line="364" />
        <source>Not merged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="76" />
        <source>Export contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="85" />
        <source>Contacts to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="89" />
        <source>File format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="91" />
        <source>vCard 3.0 (phones, Google, Apple, Outlook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="92" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="93" />
        <source>CSV (spreadsheets, Google Contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="94" />
        <source>JSON (scripts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="102" />
        <source>File to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="104" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="105" />
        <source>Choose the file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="113" />
        <source>&amp;Contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="114" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="119" />
        <source>F&amp;ile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="127" />
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="130" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="133" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="135" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="195" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="197" />
        <source>%1 files (*%2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="210" />
        <source>There are no contacts to export in this choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="212" />
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="214" />
        <source>This is a folder; give a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="216" />
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/export_dialog.py" line="230" />
        <source>%n contact(s) will be written.</source>
        <translation><numerusform>%n contact will be written.</numerusform><numerusform>%n contacts will be written.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="232" />
        <source>The existing file will be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="248" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/export_dialog.py" line="266" />
        <source>Wrote %n contact(s) to %1.</source>
        <translation><numerusform>Wrote %n contact to %1.</numerusform><numerusform>Wrote %n contacts to %1.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="284" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="286" />
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="299" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="192" />
        <source>Error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="192" />
        <source>Warning:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="58" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="122" />
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="60" />
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="150" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="163" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="151" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="152" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="153" />
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="154" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="155" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="160" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="157" />
        <source>Files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="164" />
        <source>Card/row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="165" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="166" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="167" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="169" />
        <source>Problems found in the files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="174" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="177" />
        <source>&amp;Map columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="179" />
        <source>Cop&amp;y problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="181" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="184" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="238" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="186" />
        <source>&amp;Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="188" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/import_dialog.py" line="269" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="270" />
        <source>Nothing is written until you choose Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="292" />
        <source>Ready to import: %1 new, %2 to update, %3 already in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="299" />
        <source>A backup of the book is made first. You can undo the whole import afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="303" />
        <source>Nothing to import: everything is already in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="306" />
        <source>These files cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="312" />
        <source>netbook does not know the columns of %1: choose “Map columns…” to say what they hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="318" />
        <source>The column mapping is used for every CSV file of this import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="326" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="327" />
        <source>Cancel leaves the book exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="343" />
        <source>%v of %m contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="349" />
        <source>Import cancelled: the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="358" />
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/import_dialog.py" line="365" />
        <source>%n problem(s), listed below.</source>
        <translation><numerusform>%n problem, listed below.</numerusform><numerusform>%n problems, listed below.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="365" />
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="372" />
        <source>The import could not be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="376" />
        <source>The import failed; the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="386" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="387" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="394" />
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="406" />
        <source>The import was undone: the book is as it was before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="439" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="457" />
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="458" />
        <source>LinkedIn CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="459" />
        <source>Google CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="460" />
        <source>Outlook CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="461" />
        <source>CSV (mapped columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="464" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="471" />
        <source>file not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="484" />
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="492" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="492" />
        <source>field dropped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractionCommands</name>
    <message>
        <location filename="../../src/netbook/ui/interaction_commands.py" line="109" />
        <source>Edit interaction “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_commands.py" line="154" />
        <source>Remove interaction “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="38" />
        <source>Log an interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="40" />
        <source>What happened, e.g. Coffee about the new role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="41" />
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="43" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="49" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="52" />
        <source>&amp;Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="53" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="54" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="61" />
        <source>With %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="68" />
        <source>&amp;Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="81" />
        <source>Edit interaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/interaction_dialog.py" line="82" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="75" />
        <source>netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="223" />
        <source>No contact matches “%1”.
Search looks in names, companies, titles, emails, phone digits, places, tags and notes. Esc clears the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="227" />
        <source>Nobody here: the dashboard picked no contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="229" />
        <source>Nobody has this tag any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="232" />
        <source>No favourites yet.
Select a contact and press Ctrl+D to keep them here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="235" />
        <source>Nobody is overdue.
Give a contact a keep-in-touch reminder in the editor's Story tab; they appear here when it runs out.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="238" />
        <source>Nobody was added in the last %n day(s).</source>
        <translation><numerusform>Nobody was added in the last %n day.</numerusform><numerusform>Nobody was added in the last %n days.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="240" />
        <source>Nothing is archived.
Archived contacts (Ctrl+Shift+A) wait here, out of sight, until you bring them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="244" />
        <source>No active contacts: the others are under Archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="266" />
        <source>Showing the contacts picked on the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="314" />
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="316" />
        <source>%Ln archived</source>
        <translation><numerusform>%Ln archived</numerusform><numerusform>%Ln archived</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="318" />
        <source>%Ln shown</source>
        <translation><numerusform>%Ln shown</numerusform><numerusform>%Ln shown</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="320" />
        <source>%Ln selected</source>
        <translation><numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="332" />
        <source>Un&amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="63" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="66" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="72" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="75" />
        <source>Import contacts from vCard or CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="79" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="82" />
        <source>Export contacts as vCard, CSV or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="85" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="89" />
        <source>&amp;New contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="92" />
        <source>Add a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="96" />
        <source>&amp;Edit contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="99" />
        <source>Edit the selected contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="103" />
        <source>&amp;Log interaction…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="106" />
        <source>Note a call, meeting or message with the selected contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="112" />
        <source>Add &amp;opportunity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="114" />
        <source>Note a job offer, partnership, interview… from the shown contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="120" />
        <source>&amp;Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="123" />
        <source>Mark or unmark the selected contacts as favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="127" />
        <location filename="../../src/netbook/ui/main_window.py" line="332" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="130" />
        <source>Archive the selected contacts (hidden, kept in history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="134" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="137" />
        <source>Delete the selected contacts for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="143" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="146" />
        <source>Search the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="150" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="153" />
        <source>Show the contact list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="157" />
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="160" />
        <source>Show the network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="164" />
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="165" />
        <source>Find contacts that are one person and merge them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="167" />
        <source>&amp;About netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="168" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="184" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="188" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="204" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="206" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="208" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="213" />
        <location filename="../../src/netbook/ui/main_actions.py" line="215" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="355" />
        <source>That contact is not in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="387" />
        <source>The dashboard is not available.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="455" />
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="487" />
        <source>Archived %Ln contact(s).</source>
        <translation><numerusform>Archived %Ln contact.</numerusform><numerusform>Archived %Ln contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="489" />
        <source>Brought back %Ln contact(s).</source>
        <translation><numerusform>Brought back %Ln contact.</numerusform><numerusform>Brought back %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="492" />
        <location filename="../../src/netbook/ui/main_window.py" line="526" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="501" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="503" />
        <source>Delete %Ln contact(s) for good? Archive keeps them out of sight instead.</source>
        <translation><numerusform>Delete %Ln contact for good? Archive keeps them out of sight instead.</numerusform><numerusform>Delete %Ln contacts for good? Archive keeps them out of sight instead.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="514" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="524" />
        <source>Deleted %Ln contact(s).</source>
        <translation><numerusform>Deleted %Ln contact.</numerusform><numerusform>Deleted %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="541" />
        <source>Import LinkedIn connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="543" />
        <source>LinkedIn export (Connections.csv *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="553" />
        <source>Nothing to import: netbook reads .vcf and .csv files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="578" />
        <source>The sample book is missing from this installation.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="594" />
        <source>Loaded %Ln sample contact(s).</source>
        <translation><numerusform>Loaded %Ln sample contact.</numerusform><numerusform>Loaded %Ln sample contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="602" />
        <source>Selection (%Ln)</source>
        <translation><numerusform>Selection (%Ln)</numerusform><numerusform>Selection (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="608" />
        <source>All contacts (%Ln)</source>
        <translation><numerusform>All contacts (%Ln)</numerusform><numerusform>All contacts (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="613" />
        <source>Search “%1” (%Ln)</source>
        <translation><numerusform>Search “%1” (%Ln)</numerusform><numerusform>Search “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="616" />
        <source>Tag “%1” (%Ln)</source>
        <translation><numerusform>Tag “%1” (%Ln)</numerusform><numerusform>Tag “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="618" />
        <source>Favourites (%Ln)</source>
        <translation><numerusform>Favourites (%Ln)</numerusform><numerusform>Favourites (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="619" />
        <source>Recently added (%Ln)</source>
        <translation><numerusform>Recently added (%Ln)</numerusform><numerusform>Recently added (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="620" />
        <source>Archived (%Ln)</source>
        <translation><numerusform>Archived (%Ln)</numerusform><numerusform>Archived (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="622" />
        <source>Contacts shown (%Ln)</source>
        <translation><numerusform>Contacts shown (%Ln)</numerusform><numerusform>Contacts shown (%Ln)</numerusform></translation></message>
</context>
<context>
    <name>MergeCommand</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/merge_command.py" line="45" />
        <source>Merge %n duplicate(s)</source>
        <translation><numerusform>Merge %n duplicate</numerusform><numerusform>Merge %n duplicates</numerusform></translation></message>
</context>
<context>
    <name>OpportunityCommands</name>
    <message>
        <location filename="../../src/netbook/ui/opportunity_commands.py" line="134" />
        <source>Add opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_commands.py" line="165" />
        <source>Mark “%1” as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_commands.py" line="168" />
        <source>Edit opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_commands.py" line="194" />
        <source>Remove opportunity “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="57" />
        <source>Edit opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="57" />
        <source>Add opportunity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="59" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="63" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="64" />
        <source>What it is, e.g. Radio interview on Morning Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="69" />
        <source>No date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="70" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="72" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="74" />
        <source>Open (still in play)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="75" />
        <source>Accepted (an offer you took)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="76" />
        <source>Declined (an offer you turned down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="77" />
        <source>Won (it happened)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="78" />
        <source>Lost (it did not)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="82" />
        <source>Via (introducer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="85" />
        <source>Type to search the book (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="87" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="92" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="93" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="94" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="95" />
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="96" />
        <source>&amp;Via:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="97" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="104" />
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="115" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="115" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/opportunity_dialog.py" line="155" />
        <source>Pick the introducer from the list that opens as you type: an opportunity links to a contact in the book. Clear the field for none.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="213" />
        <source>Crop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="216" />
        <source>Size of the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="221" />
        <source>&amp;Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="224" />
        <source>Drag the square, or use the arrow keys; the wheel, + and - change its size.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="299" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="300" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="301" />
        <source>Choose a photo file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="302" />
        <source>Cro&amp;p…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="303" />
        <source>Crop the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="304" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="305" />
        <source>Remove the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="341" />
        <source>Linked photo
(not downloaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="343" />
        <source>No photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="358" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="360" />
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="370" />
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="379" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="389" />
        <source>Cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="318" />
        <source>None yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/netbook/ui/search_field.py" line="29" />
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/search_field.py" line="30" />
        <source>Search names, companies, emails, phones, places, tags…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="25" />
        <source>Lists and tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="36" />
        <source>All contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="37" />
        <source>Favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="38" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="39" />
        <source>Recently added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="40" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/sidebar.py" line="44" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/sidebar.py" line="97" />
        <source>Tag %1, %Ln contact(s)</source>
        <translation><numerusform>Tag %1, %Ln contact</numerusform><numerusform>Tag %1, %Ln contacts</numerusform></translation></message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_tags.py" line="30" />
        <source>Comma-separated, e.g. Clients, Conference 2025</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/undo_commands.py" line="85" />
        <source>Archive %n contact(s)</source>
        <translation><numerusform>Archive %n contact</numerusform><numerusform>Archive %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/undo_commands.py" line="87" />
        <source>Unarchive %n contact(s)</source>
        <translation><numerusform>Unarchive %n contact</numerusform><numerusform>Unarchive %n contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/undo_commands.py" line="120" />
        <source>Mark %n contact(s) as favourite</source>
        <translation><numerusform>Mark %n contact as favourite</numerusform><numerusform>Mark %n contacts as favourite</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/undo_commands.py" line="122" />
        <source>Unmark %n favourite(s)</source>
        <translation><numerusform>Unmark %n favourite</numerusform><numerusform>Unmark %n favourites</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/undo_commands.py" line="148" />
        <source>Delete %n contact(s)</source>
        <translation><numerusform>Delete %n contact</numerusform><numerusform>Delete %n contacts</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/undo_commands.py" line="197" />
        <source>Add “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/undo_commands.py" line="199" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/undo_commands.py" line="265" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/undo_commands.py" line="302" />
        <source>Log an interaction with %n contact(s)</source>
        <translation><numerusform>Log an interaction with %n contact</numerusform><numerusform>Log an interaction with %n contacts</numerusform></translation></message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../src/netbook/ui/welcome_panel.py" line="31" />
        <source>netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/welcome_panel.py" line="34" />
        <source>Your network, in one place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/welcome_panel.py" line="44" />
        <source>Bring in the contacts from your phone, mail or LinkedIn. They stay on this computer, in one file. You can also drop .vcf and .csv files on this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/welcome_panel.py" line="58" />
        <source>Import vCard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/welcome_panel.py" line="61" />
        <source>Import LinkedIn CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/welcome_panel.py" line="64" />
        <source>Load sample book</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="228" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="233" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="235" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="237" />
        <source>Region or state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="239" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="272" />
        <source>Label of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="274" />
        <source>street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="275" />
        <source>postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="276" />
        <source>city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="277" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="278" />
        <source>country</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_LabelledRow</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="154" />
        <source>Label of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="104" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="114" />
        <source>Remove %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_SocialRow</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="183" />
        <source>Profile address or @handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="203" />
        <source>Service of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/netbook/ui/application.py" line="157" />
        <source>netbook cannot open the book</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>