<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnchorReviewPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="540"/>
        <location filename="../../annotator/ui/panels.py" line="562"/>
        <source>Place to check</source>
        <translation>Ancrage à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="543"/>
        <source>The article changed and the reviewed words were found only approximately. Compare, then accept the new passage or reject it.</source>
        <translation>L'article a changé et les mots vérifiés n'ont été retrouvés qu'approximativement. Comparez, puis acceptez le nouveau passage ou rejetez-le.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="547"/>
        <source>Before (reviewed)</source>
        <translation>Avant (texte vérifié)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="548"/>
        <source>Now (proposed)</source>
        <translation>Maintenant (proposé)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="549"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="551"/>
        <source>The claim now quotes the new passage; its review is kept</source>
        <translation>L'affirmation cite désormais le nouveau passage ; sa vérification est conservée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="553"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="556"/>
        <source>The claim becomes an orphan: select the right words in the article, then choose Anchor here</source>
        <translation>L'affirmation devient orpheline : sélectionnez les bons mots dans l'article, puis choisissez Ancrer ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="560"/>
        <source>Context before</source>
        <translation>Contexte avant</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="561"/>
        <source>Context now</source>
        <translation>Contexte maintenant</translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="358"/>
        <source>Select a claim in the list or a highlight in the article,
or select words in the article and choose Mark claim (Ctrl+M).</source>
        <translation>Choisissez une affirmation dans la liste ou un surlignage dans l'article,
ou sélectionnez des mots de l'article puis « Marquer l'affirmation » (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="361"/>
        <source>Claim as &amp;reviewed (claimReviewed)</source>
        <translation>Affirmation &amp;vérifiée (claimReviewed)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="363"/>
        <source>The claim as readers will see it (claimReviewed): short, about 75 characters, and never the verdict. Empty: the quote is used.</source>
        <translation>L'affirmation telle que les lecteurs la verront (claimReviewed) : courte, environ 75 caractères, et jamais le verdict. Vide : la citation est reprise.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="366"/>
        <source>Clai&amp;mant (who said it)</source>
        <translation>&amp;Auteur (qui l'a dit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="367"/>
        <source>Who made the claim</source>
        <translation>Qui a fait cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="368"/>
        <source>&amp;Date of the claim</source>
        <translation>&amp;Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="369"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="370"/>
        <source>When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Quand l'affirmation a été faite : AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="371"/>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="372"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="373"/>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="374"/>
        <source>Why this verdict: what the sources show</source>
        <translation>Pourquoi ce verdict : ce que montrent les sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="375"/>
        <source>C&amp;orrection</source>
        <translation>C&amp;orrection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="376"/>
        <source>What is true instead (e.g. 2011)</source>
        <translation>Ce qui est exact (par exemple 2011)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="377"/>
        <location filename="../../annotator/ui/inspector.py" line="397"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="378"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="379"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="380"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="381"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="382"/>
        <source>Open the source's address in the web browser</source>
        <translation>Ouvrir l'adresse de la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="383"/>
        <source>Anchor here</source>
        <translation>Ancrer ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="385"/>
        <source>Anchor the claim on the words selected in the article</source>
        <translation>Ancrer l'affirmation sur les mots sélectionnés dans l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="390"/>
        <source>Claim reviewed</source>
        <translation>Affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="391"/>
        <source>Claimant</source>
        <translation>Auteur de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="392"/>
        <source>Claim date</source>
        <translation>Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="393"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="394"/>
        <source>Review status</source>
        <translation>Statut de la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="395"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="396"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="400"/>
        <source>Claim inspector</source>
        <translation>Détail de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="404"/>
        <source>— no verdict yet —</source>
        <translation>— pas encore de verdict —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="451"/>
        <source>This claim moved in a new version of the article.</source>
        <translation>Cette affirmation a changé de place dans une nouvelle version de l'article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="453"/>
        <source>Orphan: the quoted words are no longer in this version of the article. Original context: …{prefix}[{exact}]{suffix}…
Select the right words in the article, then choose Anchor here.</source>
        <translation>Orpheline : les mots cités ne figurent plus dans cette version de l'article. Contexte d'origine : …{prefix}[{exact}]{suffix}…
Sélectionnez les bons mots dans l'article, puis choisissez Ancrer ici.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="544"/>
        <source>longer than about {} characters</source>
        <translation>plus long qu'environ {} caractères</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="547"/>
        <source>contains the verdict “{}”</source>
        <translation>contient le verdict « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="550"/>
        <source>Length of the claim as reviewed</source>
        <translation>Longueur de l'affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="566"/>
        <source>Claim date: not a date like 2019-11-27, 2019-11 or 2019: {}</source>
        <translation>Date de l'affirmation : pas une date comme 2019-11-27, 2019-11 ou 2019 : {}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="202"/>
        <source>Export reviews</source>
        <translation>Exporter les vérifications</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="207"/>
        <source>ClaimReview XML (RDF/XML, validated)</source>
        <translation>ClaimReview XML (RDF/XML, validé)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="208"/>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="209"/>
        <source>HTML snippet to embed (JSON-LD)</source>
        <translation>Extrait HTML à intégrer (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="210"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="214"/>
        <source>This &amp;article</source>
        <translation>Cet &amp;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="215"/>
        <source>A&amp;ll reviews</source>
        <translation>&amp;Toutes les vérifications</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="216"/>
        <source>&amp;Published reviews only</source>
        <translation>Vérifications &amp;publiées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="230"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="238"/>
        <source>Problems found before export</source>
        <translation>Problèmes trouvés avant l'export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="240"/>
        <source>Problems (double-click to show the claim)</source>
        <translation>Problèmes (double-clic pour afficher l'affirmation)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="247"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="248"/>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="249"/>
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="252"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="281"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="288"/>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="291"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="306"/>
        <source>Double-click to show claim {}</source>
        <translation>Double-cliquez pour afficher l'affirmation {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="317"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>%n vérification exportée vers {}.</numerusform>
            <numerusform>%n vérifications exportées vers {}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="319"/>
        <source>%n warning(s) listed above.</source>
        <translation>
            <numerusform>%n avertissement ci-dessus.</numerusform>
            <numerusform>%n avertissements ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="327"/>
        <source>Nothing was written: {}</source>
        <translation>Rien n'a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="328"/>
        <source>fix the problems listed above.</source>
        <translation>corrigez les problèmes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="783"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1186"/>
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="790"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="790"/>
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="796"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="798"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="812"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="813"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="814"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="816"/>
        <source>moved in a new version</source>
        <translation>déplacée dans une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="817"/>
        <source>anchor to check</source>
        <translation>ancrage à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="818"/>
        <source>orphan: no longer in the text</source>
        <translation>orpheline : n'est plus dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="823"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="823"/>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="824"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="824"/>
        <source>Create an empty database file</source>
        <translation>Créer un fichier de base de données vide</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="826"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="827"/>
        <source>Import articles from files (or drop them on the window)</source>
        <translation>Importer des articles depuis des fichiers (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="830"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="831"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Importer tous les articles d'un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="833"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="833"/>
        <source>Export the reviews as ClaimReview</source>
        <translation>Exporter les vérifications au format ClaimReview</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="835"/>
        <source>&amp;Publisher settings…</source>
        <translation>Paramètres de l'é&amp;diteur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="836"/>
        <source>The fact-checking organisation and where its checks are published</source>
        <translation>La rédaction de vérification et l'adresse où ses vérifications sont publiées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="838"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="840"/>
        <source>&amp;Mark claim</source>
        <translation>&amp;Marquer l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="841"/>
        <source>Mark the selected words as a claim to review</source>
        <translation>Marquer les mots sélectionnés comme une affirmation à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="844"/>
        <source>&amp;Delete claim</source>
        <translation>&amp;Supprimer l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="845"/>
        <source>Delete the selected claim and its review</source>
        <translation>Supprimer l'affirmation choisie et sa vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="847"/>
        <source>&amp;Next claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="847"/>
        <source>Go to the next claim in the text</source>
        <translation>Aller à l'affirmation suivante dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="849"/>
        <source>&amp;Previous claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="850"/>
        <source>Go to the previous claim in the text</source>
        <translation>Aller à l'affirmation précédente dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="853"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="854"/>
        <source>Add a source that backs the review</source>
        <translation>Ajouter une source qui étaye la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="856"/>
        <source>&amp;Edit source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="857"/>
        <source>&amp;Remove source</source>
        <translation>&amp;Retirer la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="858"/>
        <source>&amp;Open source in browser</source>
        <translation>&amp;Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="860"/>
        <source>Import &amp;reviews (ClaimReview)…</source>
        <translation>Importer des &amp;vérifications (ClaimReview)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="862"/>
        <source>Import fact-checks as ClaimReview: ours, or other fact-checkers' (kept and offered when a similar claim is marked)</source>
        <translation>Importer des vérifications au format ClaimReview : les nôtres, ou celles d'autres rédactions (conservées et proposées quand une affirmation semblable est marquée)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="867"/>
        <source>A&amp;ccept the new place</source>
        <translation>A&amp;ccepter le nouvel ancrage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="868"/>
        <source>The claim now quotes the passage proposed in the new version</source>
        <translation>L'affirmation cite désormais le passage proposé dans la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="871"/>
        <source>Re&amp;ject the new place</source>
        <translation>Re&amp;jeter le nouvel ancrage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="872"/>
        <source>The claim becomes an orphan, to anchor again by hand</source>
        <translation>L'affirmation devient orpheline, à ancrer de nouveau à la main</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="875"/>
        <source>Anc&amp;hor here</source>
        <translation>Ancrer &amp;ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="876"/>
        <source>Anchor the selected claim on the words selected in the article</source>
        <translation>Ancrer l'affirmation choisie sur les mots sélectionnés dans l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="878"/>
        <source>&amp;Search articles</source>
        <translation>&amp;Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="879"/>
        <source>&amp;About Annotator</source>
        <translation>À &amp;propos d'Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="888"/>
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="889"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="890"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="891"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="892"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="893"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="894"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="896"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="897"/>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="898"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="899"/>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="900"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="901"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="902"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="903"/>
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="905"/>
        <source>ARTICLES</source>
        <translation>ARTICLES</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="906"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1128"/>
        <source>CLAIMS IN THIS ARTICLE</source>
        <translation>AFFIRMATIONS DE L'ARTICLE</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="907"/>
        <source>REVIEW</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="908"/>
        <source>Search articles, claims, reviews (Ctrl+F)</source>
        <translation>Rechercher articles, affirmations, vérifications (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="909"/>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="910"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="911"/>
        <source>Article text</source>
        <translation>Texte de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="912"/>
        <source>Claims in this article</source>
        <translation>Affirmations de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="913"/>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="914"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="917"/>
        <location filename="../../annotator/ui/mainwindow.py" line="921"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="917"/>
        <location filename="../../annotator/ui/mainwindow.py" line="923"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="917"/>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="917"/>
        <location filename="../../annotator/ui/mainwindow.py" line="918"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="918"/>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="918"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="920"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="922"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="924"/>
        <source>Quoted passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="939"/>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Annuler : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="939"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="940"/>
        <source>&amp;Redo: {}</source>
        <translation>&amp;Rétablir : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="940"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="941"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="942"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="960"/>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="966"/>
        <source>No verdict yet</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="969"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="972"/>
        <source>No claims yet</source>
        <translation>Sans affirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1053"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1055"/>
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article correspond</numerusform>
            <numerusform>%n articles correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1057"/>
        <source>(the best {} shown)</source>
        <translation>(les {} meilleurs)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1146"/>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1148"/>
        <source>Import articles with Ctrl+I, or drop files on this window.</source>
        <translation>Importez des articles avec Ctrl+I, ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1168"/>
        <source>version {}</source>
        <translation>version {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1190"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1206"/>
        <source>Correction: {}</source>
        <translation>Correction : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1357"/>
        <source>Open an article first.</source>
        <translation>Ouvrez d'abord un article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1361"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1430"/>
        <source>Select the words of the claim in the article first.</source>
        <translation>Sélectionnez d'abord les mots de l'affirmation dans l'article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1366"/>
        <source>Mark claim “{}”</source>
        <translation>Marquer l'affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1379"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1426"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1495"/>
        <source>Select a claim first.</source>
        <translation>Choisissez d'abord une affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1383"/>
        <source>Delete claim “{}”</source>
        <translation>Supprimer l'affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1401"/>
        <source>The selected claim has no proposed place to accept.</source>
        <translation>L'affirmation choisie n'a pas de nouvel ancrage à accepter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1402"/>
        <source>Accept the new place of “{}”</source>
        <translation>Accepter le nouvel ancrage de « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1409"/>
        <source>The selected claim has no proposed place to reject.</source>
        <translation>L'affirmation choisie n'a pas de nouvel ancrage à rejeter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1410"/>
        <source>Reject the new place of “{}”</source>
        <translation>Rejeter le nouvel ancrage de « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1435"/>
        <source>Anchor “{}” here</source>
        <translation>Ancrer « {} » ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1473"/>
        <source>Edit claim reviewed</source>
        <translation>Modifier l'affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1474"/>
        <source>Edit claimant</source>
        <translation>Modifier l'auteur de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1475"/>
        <source>Edit claim date</source>
        <translation>Modifier la date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1476"/>
        <source>Edit explanation</source>
        <translation>Modifier l'explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1477"/>
        <source>Edit correction</source>
        <translation>Modifier la correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1480"/>
        <source>Set verdict to {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1482"/>
        <source>Set status to {}</source>
        <translation>Statut : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1503"/>
        <source>Add source {}</source>
        <translation>Ajouter la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1520"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1531"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1544"/>
        <source>Remove source {}</source>
        <translation>Retirer la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1587"/>
        <source>About Annotator</source>
        <translation>À propos d'Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1589"/>
        <source>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Mark the claims in news articles, rate them, source them and export ClaimReview.&lt;/p&gt;&lt;p&gt;Everything stays in one SQLite file on this computer; nothing is sent over the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Marquez les affirmations des articles, donnez-leur un verdict, sourcez-les et exportez-les en ClaimReview.&lt;/p&gt;&lt;p&gt;Tout reste dans un fichier SQLite sur cet ordinateur ; rien n'est envoyé sur le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1600"/>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1600"/>
        <source>Articles ({})</source>
        <translation>Articles ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1606"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1621"/>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1637"/>
        <source>Imported {}, duplicates {}, failed {}</source>
        <translation>Importés : {}, doublons : {}, échecs : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1641"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1689"/>
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1647"/>
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n fichier n'a pas pu être importé ; les autres l'ont été.</numerusform>
            <numerusform>%n fichiers n'ont pas pu être importés ; les autres l'ont été.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1656"/>
        <source>Import reviews (ClaimReview)</source>
        <translation>Importer des vérifications (ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1657"/>
        <source>ClaimReview files ({})</source>
        <translation>Fichiers ClaimReview ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1671"/>
        <source>Importing reviews…</source>
        <translation>Import des vérifications…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1683"/>
        <source>Reviews imported: {} attached to articles, {} external (other fact-checkers), {} failed</source>
        <translation>Vérifications importées : {} rattachées à des articles, {} externes (autres rédactions), {} en échec</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1687"/>
        <source>({} were already there)</source>
        <translation>({} étaient déjà là)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1702"/>
        <source>%n review(s) or file(s) could not be read (see the details); the others were imported.</source>
        <translation>
            <numerusform>%n vérification ou fichier n'a pas pu être lu (voir le détail) ; les autres ont été importés.</numerusform>
            <numerusform>%n vérifications ou fichiers n'ont pas pu être lus (voir le détail) ; les autres ont été importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1723"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1735"/>
        <source>Exporting reviews…</source>
        <translation>Export des vérifications…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1738"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>%n vérification exportée vers {}.</numerusform>
            <numerusform>%n vérifications exportées vers {}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1745"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1800"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1801"/>
        <source>Annotator databases (*.db *.sqlite *.annotator);;All files (*)</source>
        <translation>Bases Annotator (*.db *.sqlite *.annotator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1808"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1809"/>
        <source>Annotator databases (*.db)</source>
        <translation>Bases Annotator (*.db)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1813"/>
        <source>{} already exists; open it instead.</source>
        <translation>{} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1857"/>
        <source>Publisher settings saved.</source>
        <translation>Paramètres de l'éditeur enregistrés.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1876"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>ReviewHitsPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="239"/>
        <source>ALREADY CHECKED ELSEWHERE</source>
        <translation>DÉJÀ VÉRIFIÉ AILLEURS</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="241"/>
        <source>Open the review</source>
        <translation>Ouvrir la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="242"/>
        <source>Open the fact-check's page in the web browser</source>
        <translation>Ouvrir la page de la vérification dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="243"/>
        <source>Reviews by other fact-checkers</source>
        <translation>Vérifications d'autres rédactions</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="281"/>
        <source>This review has no web address to open (only http and https are).</source>
        <translation>Cette vérification n'a pas d'adresse web à ouvrir (seules http et https le sont).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="127"/>
        <source>Publisher settings</source>
        <translation>Paramètres de l'éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="133"/>
        <source>Organisation &amp;name</source>
        <translation>&amp;Nom de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="134"/>
        <source>Organisation &amp;web site</source>
        <translation>&amp;Site web de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="135"/>
        <source>&amp;Logo address</source>
        <translation>Adresse du &amp;logo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="136"/>
        <source>Fact-check pages &amp;base address</source>
        <translation>Adresse de &amp;base des pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="137"/>
        <source>Language of &amp;exports (fr, en…)</source>
        <translation>Langue des &amp;exports (fr, en…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="140"/>
        <source>The fact-checking organisation (ClaimReview author)</source>
        <translation>La rédaction qui vérifie (auteur ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="142"/>
        <source>A review's address is this plus a slug of the article title</source>
        <translation>L'adresse d'une vérification est celle-ci suivie d'un identifiant tiré du titre</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="312"/>
        <source>Similar claims already checked</source>
        <translation>Affirmations semblables déjà vérifiées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="317"/>
        <source>us</source>
        <translation>nous</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="318"/>
        <source>Already checked by {}</source>
        <translation>Déjà vérifié par {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="375"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="377"/>
        <source>Open the review in the web browser: {}</source>
        <translation>Ouvrir la vérification dans le navigateur : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="379"/>
        <source>Open the review</source>
        <translation>Ouvrir la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="385"/>
        <source>Show</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="387"/>
        <source>Go to that claim</source>
        <translation>Voir cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="386"/>
        <source>Show the earlier claim and its review</source>
        <translation>Afficher l'affirmation antérieure et sa vérification</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="46"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="46"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="61"/>
        <source>&amp;Address (http or https)</source>
        <translation>&amp;Adresse (http ou https)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="62"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="63"/>
        <source>&amp;Publisher</source>
        <translation>&amp;Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="64"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="65"/>
        <source>&amp;Quoted passage</source>
        <translation>&amp;Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="92"/>
        <source>The address is required.</source>
        <translation>L'adresse est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="96"/>
        <source>Only web addresses starting with http:// or https:// are accepted.</source>
        <translation>Seules les adresses web commençant par http:// ou https:// sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="98"/>
        <source>The date must look like 2011-05-02, 2011-05 or 2011.</source>
        <translation>La date doit ressembler à 2011-05-02, 2011-05 ou 2011.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="106"/>
        <source>Internal error: {}</source>
        <translation>Erreur interne : {}</translation>
    </message>
</context>
</TS>
