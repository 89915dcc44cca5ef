<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleListPane</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/articlelist.py" line="251"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/articlelist.py" line="253"/>
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article matches</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="340"/>
        <source>This &amp;article (%n)</source>
        <translation>
            <numerusform>This &amp;article (%n)</numerusform>
            <numerusform>This &amp;article (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="341"/>
        <source>A&amp;ll reviews (%n)</source>
        <translation>
            <numerusform>A&amp;ll reviews (%n)</numerusform>
            <numerusform>A&amp;ll reviews (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="342"/>
        <source>&amp;Published only (%n)</source>
        <translation>
            <numerusform>&amp;Published only (%n)</numerusform>
            <numerusform>&amp;Published only (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="453"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="469"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>Exported %n review to {}.</numerusform>
            <numerusform>Exported %n reviews to {}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="471"/>
        <source>%n warning(s) listed above.</source>
        <translation>
            <numerusform>%n warning listed above.</numerusform>
            <numerusform>%n warnings listed above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/terms.py" line="74"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/terms.py" line="80"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/terms.py" line="82"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orphan</numerusform>
            <numerusform>%n orphans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="114"/>
        <source>%n review address(es) use the provisional address {} (set yours in Publisher settings…)</source>
        <translation>
            <numerusform>%n review address uses the provisional address {} (set yours in Publisher settings…)</numerusform>
            <numerusform>%n review addresses use the provisional address {} (set yours in Publisher settings…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="127"/>
        <source>%n claim(s) without a verdict yet, not exported</source>
        <translation>
            <numerusform>%n claim without a verdict yet, not exported</numerusform>
            <numerusform>%n claims without a verdict yet, not exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="203"/>
        <source>Nothing was written: %n problem(s) must be fixed first (see the details).</source>
        <translation>
            <numerusform>Nothing was written: %n problem must be fixed first (see the details).</numerusform>
            <numerusform>Nothing was written: %n problems must be fixed first (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="267"/>
        <source>The connection to the server was lost during the import, while it saved a batch of articles: whether that batch is in the database is not known; the %n article(s) imported before it are. Import again to add what is missing (what is there already counts as duplicates).</source>
        <translation>
            <numerusform>The connection to the server was lost during the import, while it saved a batch of articles: whether that batch is in the database is not known; the article imported before it is. Import again to add what is missing (what is there already counts as duplicates).</numerusform>
            <numerusform>The connection to the server was lost during the import, while it saved a batch of articles: whether that batch is in the database is not known; the %n articles imported before it are. Import again to add what is missing (what is there already counts as duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="282"/>
        <source>The connection to the server was lost during the import: nothing of the batch of articles being written was saved; the %n article(s) imported before it are in the database. Import again to add the rest.</source>
        <translation>
            <numerusform>The connection to the server was lost during the import: nothing of the batch of articles being written was saved; the article imported before it is in the database. Import again to add the rest.</numerusform>
            <numerusform>The connection to the server was lost during the import: nothing of the batch of articles being written was saved; the %n articles imported before it are in the database. Import again to add the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="81"/>
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n file could not be imported; the others were.</numerusform>
            <numerusform>%n files could not be imported; the others were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="88"/>
        <source>%n file(s) imported with a repair (see the details).</source>
        <translation>
            <numerusform>%n file imported with a repair (see the details).</numerusform>
            <numerusform>%n files imported with a repair (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="139"/>
        <source>%n review(s) or file(s) could not be read (see the details); the others were imported.</source>
        <translation>
            <numerusform>%n review or file could not be read (see the details); the others were imported.</numerusform>
            <numerusform>%n reviews or files could not be read (see the details); the others were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="170"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>Exported %n review to {}.</numerusform>
            <numerusform>Exported %n reviews to {}.</numerusform>
        </translation>
    </message>
</context>
</TS>
