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
    <name>ChartCard</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="103" />
        <source>%1: nothing to show yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="344" />
        <source>Save Chart as PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="352" />
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="359" />
        <source>Save Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="352" />
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard_charts.py" line="360" />
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="78" />
        <source>Map CSV columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="84" />
        <source>netbook does not know the layout of %1. Choose what each column holds; columns left on “Ignore” are not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="86" />
        <source>this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="93" />
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="100" />
        <source>Field for column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/column_mapping_dialog.py" line="115" />
        <source>Use this mapping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="100" />
        <source>Contact card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="118" />
        <source>Select a contact to see their card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="148" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="153" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="165" />
        <location filename="../../src/netbook/ui/contact_card.py" line="166" />
        <source>Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="172" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="176" />
        <source>“%1”</source>
        <comment>a nickname in quotes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="179" />
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="226" />
        <location filename="../../src/netbook/ui/contact_card.py" line="421" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="227" />
        <source>Personal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="228" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="229" />
        <source>Relations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="230" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="231" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="232" />
        <location filename="../../src/netbook/ui/contact_card.py" line="435" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="256" />
        <location filename="../../src/netbook/ui/contact_card.py" line="430" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="259" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="262" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="266" />
        <source>Web</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="272" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="278" />
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="280" />
        <source>Anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="282" />
        <source>Gender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="289" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="291" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="293" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="295" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="298" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="306" />
        <location filename="../../src/netbook/ui/contact_card.py" line="309" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="306" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="309" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contact_card.py" line="311" />
        <source>Every %n day(s)</source>
        <translation><numerusform>Every %n day</numerusform><numerusform>Every %n days</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="312" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="358" />
        <source>Added %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="364" />
        <source>changed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="375" />
        <source>LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="376" />
        <location filename="../../src/netbook/ui/contact_card.py" line="377" />
        <source>Twitter/X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="378" />
        <location filename="../../src/netbook/ui/contact_card.py" line="401" />
        <source>Blog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="379" />
        <source>Online group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="380" />
        <location filename="../../src/netbook/ui/contact_card.py" line="434" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="381" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="382" />
        <source>Introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="383" />
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="384" />
        <source>School</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="385" />
        <source>Friends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="386" />
        <location filename="../../src/netbook/ui/contact_card.py" line="448" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="404" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="410" />
        <source>Spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="411" />
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="412" />
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="413" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="414" />
        <source>Sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="415" />
        <source>Friend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="416" />
        <location filename="../../src/netbook/ui/contact_card.py" line="420" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="417" />
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="418" />
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="419" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="428" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="429" />
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="431" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="432" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="433" />
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="442" />
        <source>Job offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="443" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="444" />
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="445" />
        <source>Speaking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="446" />
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_card.py" line="447" />
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="115" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="116" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="120" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="121" />
        <source>&amp;Contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="122" />
        <source>&amp;Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="123" />
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="177" />
        <source>Prefi&amp;x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="177" />
        <source>Gi&amp;ven name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="178" />
        <source>&amp;Middle names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="178" />
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="179" />
        <source>S&amp;uffix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="179" />
        <source>Nic&amp;kname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="185" />
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="186" />
        <source>Made from the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="188" />
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="203" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="203" />
        <source>Depar&amp;tment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="204" />
        <source>&amp;Job title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="207" />
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="209" />
        <source>Anniv&amp;ersary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="213" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="215" />
        <source>T&amp;ags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="218" />
        <source>Favou&amp;rite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="231" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="231" />
        <source>Add &amp;email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="234" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="234" />
        <source>Add &amp;phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="236" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="236" />
        <source>Add add&amp;ress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="239" />
        <source>Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="239" />
        <source>Add &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="242" />
        <source>Social profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="242" />
        <source>Add social pro&amp;file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="246" />
        <source>Emails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="246" />
        <source>Phones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="247" />
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="248" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="248" />
        <source>Social profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="266" />
        <source>How we met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="271" />
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="274" />
        <source>LinkedIn, a conference, a blog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="276" />
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="279" />
        <source>Da&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="281" />
        <source>Pl&amp;ace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="285" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="286" />
        <source>What brought you together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="289" />
        <source>Conte&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="294" />
        <source>Introduced by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="299" />
        <source>&amp;Introduced by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="303" />
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="305" />
        <source>We have &amp;met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="309" />
        <source>&amp;First met on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="315" />
        <source>Whe&amp;re:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="319" />
        <source>Keep in touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="322" />
        <source>Keep-in-touch reminder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="330" />
        <source>&amp;Reminder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="354" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor.py" line="393" />
        <source>Give at least a name, an organisation, an email or a phone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../src/netbook/ui/contact_list_model.py" line="205" />
        <location filename="../../src/netbook/ui/contact_list_model.py" line="213" />
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_list_model.py" line="215" />
        <source>favourite</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/contact_list_model.py" line="295" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation></message>
</context>
<context>
    <name>ContactListView</name>
    <message>
        <location filename="../../src/netbook/ui/contact_list_view.py" line="156" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="35" />
        <source>Type to search the book, or write a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="120" />
        <source>✓ in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="121" />
        <source>Linked to this contact in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="123" />
        <source>not linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_picker.py" line="125" />
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
    <name>DashboardWidget</name>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="99" />
        <source>Network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="104" />
        <source>Your network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="110" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="121" />
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="122" />
        <location filename="../../src/netbook/ui/dashboard.py" line="138" />
        <source>Met in person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="123" />
        <source>Introduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="124" />
        <source>Opportunities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="125" />
        <location filename="../../src/netbook/ui/dashboard.py" line="154" />
        <location filename="../../src/netbook/ui/dashboard.py" line="171" />
        <source>Reach out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="126" />
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="127" />
        <source>Birthdays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="135" />
        <source>Network size over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="136" />
        <source>Where connections came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="137" />
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="139" />
        <source>Top introducers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="141" />
        <source>Opportunities by source and outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="155" />
        <location filename="../../src/netbook/ui/dashboard.py" line="173" />
        <source>Coming up (30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="156" />
        <source>Show All Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="232" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="248" />
        <source>connections, %1 active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="253" />
        <source>met in person (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="257" />
        <source>came through an introduction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="261" />
        <source>opportunities, %1 taken or won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="266" />
        <source>to reach out to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="271" />
        <source>dormant: no contact in a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="275" />
        <source>birthdays in 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="295" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="305" />
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="306" />
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="342" />
        <source>due today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard.py" line="344" />
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/dashboard.py" line="348" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="353" />
        <source>Nobody is overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="360" />
        <source>birthday (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="362" />
        <source>birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="366" />
        <source>anniversary (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="368" />
        <source>anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/dashboard.py" line="372" />
        <source>No birthdays or anniversaries soon.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="90" />
        <source>YYYY-MM-DD or --MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="90" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="95" />
        <source>Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="96" />
        <source>Pick the date on a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="98" />
        <source>Pick %1 on a calendar</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="75" />
        <source>Export contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="84" />
        <source>Contacts to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="88" />
        <source>File format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="90" />
        <source>vCard 3.0 (phones, Google, Apple, Outlook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="91" />
        <source>vCard 4.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="92" />
        <source>CSV (spreadsheets, Google Contacts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="93" />
        <source>JSON (scripts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="99" />
        <source>File to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="101" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="102" />
        <source>Choose the file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="110" />
        <source>&amp;Contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="111" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="116" />
        <source>F&amp;ile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="124" />
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="127" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="130" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="132" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="191" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="192" />
        <source>%1 files (*%2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="204" />
        <source>There are no contacts to export in this choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="206" />
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="208" />
        <source>This is a folder; give a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="210" />
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/export_dialog.py" line="224" />
        <source>%n contact(s) will be written.</source>
        <translation><numerusform>%n contact will be written.</numerusform><numerusform>%n contacts will be written.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="226" />
        <source>The existing file will be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="242" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/export_dialog.py" line="260" />
        <source>Wrote %n contact(s) to %1.</source>
        <translation><numerusform>Wrote %n contact to %1.</numerusform><numerusform>Wrote %n contacts to %1.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="279" />
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="280" />
        <source>The export failed; no file was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/export_dialog.py" line="293" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="183" />
        <source>Error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_fields.py" line="183" />
        <source>Warning:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="58" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="121" />
        <source>Import contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="60" />
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="148" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="154" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="148" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="148" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="148" />
        <source>Updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="149" />
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="149" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="152" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="150" />
        <source>Files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="154" />
        <source>Card/row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="154" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="154" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="155" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="156" />
        <source>Problems found in the files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="160" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="163" />
        <source>&amp;Map columns…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="165" />
        <source>Cop&amp;y problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="167" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="170" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="224" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="172" />
        <source>&amp;Undo import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="174" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/import_dialog.py" line="253" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="254" />
        <source>Nothing is written until you choose Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="276" />
        <source>Ready to import: %1 new, %2 to update, %3 already in the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="281" />
        <source>A backup of the book is made first. You can undo the whole import afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="284" />
        <source>Nothing to import: everything is already in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="287" />
        <source>These files cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="292" />
        <source>netbook does not know the columns of %1: choose “Map columns…” to say what they hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="296" />
        <source>The column mapping is used for every CSV file of this import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="304" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="305" />
        <source>Cancel leaves the book exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="320" />
        <source>%v of %m contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="326" />
        <source>Import cancelled: the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="335" />
        <source>Imported: %1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/import_dialog.py" line="341" />
        <source>%n problem(s), listed below.</source>
        <translation><numerusform>%n problem, listed below.</numerusform><numerusform>%n problems, listed below.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="342" />
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="349" />
        <source>The import could not be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="353" />
        <source>The import failed; the book is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="363" />
        <location filename="../../src/netbook/ui/import_dialog.py" line="364" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="371" />
        <source>Undoing the import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="383" />
        <source>The import was undone: the book is as it was before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="416" />
        <source>not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="430" />
        <source>vCard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="430" />
        <source>LinkedIn CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="431" />
        <source>Google CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="431" />
        <source>Outlook CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="432" />
        <source>CSV (mapped columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="435" />
        <source>unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="442" />
        <source>file not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="455" />
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="463" />
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/import_dialog.py" line="463" />
        <source>field dropped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="73" />
        <source>netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="227" />
        <source>Showing the contacts picked on the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="274" />
        <source>%Ln contact(s)</source>
        <translation><numerusform>%Ln contact</numerusform><numerusform>%Ln contacts</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="276" />
        <source>%Ln shown</source>
        <translation><numerusform>%Ln shown</numerusform><numerusform>%Ln shown</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="278" />
        <source>%Ln selected</source>
        <translation><numerusform>%Ln selected</numerusform><numerusform>%Ln selected</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="289" />
        <source>Un&amp;archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="60" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="63" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="69" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="72" />
        <source>Import contacts from vCard or CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="76" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="79" />
        <source>Export contacts as vCard, CSV or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="82" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="86" />
        <source>&amp;New contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="89" />
        <source>Add a new contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="93" />
        <source>&amp;Edit contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="96" />
        <source>Edit the selected contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="100" />
        <source>&amp;Favourite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="103" />
        <source>Mark or unmark the selected contacts as favourites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="107" />
        <location filename="../../src/netbook/ui/main_window.py" line="289" />
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="110" />
        <source>Archive the selected contacts (hidden, kept in history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="114" />
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="117" />
        <source>Delete the selected contacts for good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="123" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="126" />
        <source>Search the book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="130" />
        <source>&amp;Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="133" />
        <source>Show the contact list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="137" />
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="140" />
        <source>Show the network dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="142" />
        <source>&amp;About netbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="143" />
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="159" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="163" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="171" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="173" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_actions.py" line="178" />
        <location filename="../../src/netbook/ui/main_actions.py" line="180" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="312" />
        <source>That contact is not in the book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="344" />
        <source>The dashboard is not available.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="422" />
        <source>Archived %Ln contact(s).</source>
        <translation><numerusform>Archived %Ln contact.</numerusform><numerusform>Archived %Ln contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="424" />
        <source>Brought back %Ln contact(s).</source>
        <translation><numerusform>Brought back %Ln contact.</numerusform><numerusform>Brought back %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="427" />
        <location filename="../../src/netbook/ui/main_window.py" line="461" />
        <source>Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="436" />
        <source>Delete contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="438" />
        <source>Delete %Ln contact(s) for good? Archive keeps them out of sight instead.</source>
        <translation><numerusform>Delete %Ln contact for good? Archive keeps them out of sight instead.</numerusform><numerusform>Delete %Ln contacts for good? Archive keeps them out of sight instead.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="449" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="459" />
        <source>Deleted %Ln contact(s).</source>
        <translation><numerusform>Deleted %Ln contact.</numerusform><numerusform>Deleted %Ln contacts.</numerusform></translation></message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="476" />
        <source>Import LinkedIn connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="478" />
        <source>LinkedIn export (Connections.csv *.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="488" />
        <source>Nothing to import: netbook reads .vcf and .csv files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/main_window.py" line="513" />
        <source>The sample book is missing from this installation.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="529" />
        <source>Loaded %Ln sample contact(s).</source>
        <translation><numerusform>Loaded %Ln sample contact.</numerusform><numerusform>Loaded %Ln sample contacts.</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="537" />
        <source>Selection (%Ln)</source>
        <translation><numerusform>Selection (%Ln)</numerusform><numerusform>Selection (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="543" />
        <source>All contacts (%Ln)</source>
        <translation><numerusform>All contacts (%Ln)</numerusform><numerusform>All contacts (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="548" />
        <source>Search “%1” (%Ln)</source>
        <translation><numerusform>Search “%1” (%Ln)</numerusform><numerusform>Search “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="551" />
        <source>Tag “%1” (%Ln)</source>
        <translation><numerusform>Tag “%1” (%Ln)</numerusform><numerusform>Tag “%1” (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="553" />
        <source>Favourites (%Ln)</source>
        <translation><numerusform>Favourites (%Ln)</numerusform><numerusform>Favourites (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="554" />
        <source>Recently added (%Ln)</source>
        <translation><numerusform>Recently added (%Ln)</numerusform><numerusform>Recently added (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="555" />
        <source>Archived (%Ln)</source>
        <translation><numerusform>Archived (%Ln)</numerusform><numerusform>Archived (%Ln)</numerusform></translation></message>
    <message numerus="yes">
        <location filename="../../src/netbook/ui/main_window.py" line="557" />
        <source>Contacts shown (%Ln)</source>
        <translation><numerusform>Contacts shown (%Ln)</numerusform><numerusform>Contacts shown (%Ln)</numerusform></translation></message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="186" />
        <source>Crop photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="189" />
        <source>Size of the square</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="194" />
        <source>&amp;Size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="196" />
        <source>Drag the square, or use the arrow keys; the wheel, + and - change its size.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="266" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="267" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="268" />
        <source>Choose a photo file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="269" />
        <source>Cro&amp;p…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="270" />
        <source>Crop the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="271" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="272" />
        <source>Remove the photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="302" />
        <source>Linked photo
(not downloaded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="304" />
        <source>No photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="318" />
        <source>Choose a photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="319" />
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="329" />
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="334" />
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_photo.py" line="339" />
        <source>Cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="273" />
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
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="197" />
        <source>Street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="202" />
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="204" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="206" />
        <source>Region or state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="208" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="235" />
        <source>Label of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="236" />
        <source>street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="237" />
        <source>postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="238" />
        <source>city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="238" />
        <source>region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="239" />
        <source>country</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_LabelledRow</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="125" />
        <source>Label of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="81" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="90" />
        <source>Remove %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_SocialRow</name>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="153" />
        <source>Profile address or @handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/netbook/ui/contact_editor_rows.py" line="172" />
        <source>Service of %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/netbook/ui/application.py" line="138" />
        <source>netbook cannot open the book</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>