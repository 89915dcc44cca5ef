<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="317"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>Exported %n review to {}.</numerusform>
            <numerusform>Exported %n reviews to {}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="319"/>
        <source>%n warning(s) listed above.</source>
        <translation>
            <numerusform>%n warning listed above.</numerusform>
            <numerusform>%n warnings listed above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="813"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="819"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="821"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orphan</numerusform>
            <numerusform>%n orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1087"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1089"/>
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article matches</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1688"/>
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n file could not be imported; the others were.</numerusform>
            <numerusform>%n files could not be imported; the others were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1743"/>
        <source>%n review(s) or file(s) could not be read (see the details); the others were imported.</source>
        <translation>
            <numerusform>%n review or file could not be read (see the details); the others were imported.</numerusform>
            <numerusform>%n reviews or files could not be read (see the details); the others were imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1779"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>Exported %n review to {}.</numerusform>
            <numerusform>Exported %n reviews to {}.</numerusform>
        </translation>
    </message>
</context>
</TS>
