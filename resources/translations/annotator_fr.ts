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
        <location filename="../../annotator/ui/inspector.py" line="370"/>
        <source>Select a claim in the list or a highlight in the article,
or select words in the article and choose Mark claim (Ctrl+M).</source>
        <translation>Choisissez une affirmation dans la liste ou un surlignage dans l'article,
ou sélectionnez des mots de l'article puis « Marquer l'affirmation » (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="373"/>
        <source>Claim as &amp;reviewed (claimReviewed)</source>
        <translation>Affirmation &amp;vérifiée (claimReviewed)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="375"/>
        <source>The claim as readers will see it (claimReviewed): short, about 75 characters, and never the verdict. Until you write your own, the quote is exported.</source>
        <translation>L'affirmation telle que les lecteurs la verront (claimReviewed) : courte, environ 75 caractères, et jamais le verdict. Tant que vous n'écrivez pas la vôtre, c'est la citation qui est exportée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="378"/>
        <source>from the quote</source>
        <translation>d'après la citation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="380"/>
        <source>Nothing written here yet: the export uses the quote. Edit it to write a short restatement of the claim.</source>
        <translation>Rien n'est encore écrit ici : l'export reprend la citation. Modifiez-la pour reformuler l'affirmation en bref.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="383"/>
        <source>Clai&amp;mant (who said it)</source>
        <translation>&amp;Auteur (qui l'a dit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="384"/>
        <source>Who made the claim</source>
        <translation>Qui a fait cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="385"/>
        <source>&amp;Date of the claim</source>
        <translation>&amp;Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="386"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="387"/>
        <source>When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Quand l'affirmation a été faite : AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="388"/>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="389"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="390"/>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="391"/>
        <source>Why this verdict: what the sources show</source>
        <translation>Pourquoi ce verdict : ce que montrent les sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="392"/>
        <source>C&amp;orrection</source>
        <translation>C&amp;orrection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="393"/>
        <source>What is true instead (e.g. 2011)</source>
        <translation>Ce qui est exact (par exemple 2011)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="394"/>
        <location filename="../../annotator/ui/inspector.py" line="414"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="395"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="396"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="397"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="398"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="399"/>
        <source>Open the source's address in the web browser</source>
        <translation>Ouvrir l'adresse de la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="400"/>
        <source>Anchor here</source>
        <translation>Ancrer ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="402"/>
        <source>Anchor the claim on the words selected in the article</source>
        <translation>Ancrer l'affirmation sur les mots sélectionnés dans l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="407"/>
        <source>Claim reviewed</source>
        <translation>Affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="408"/>
        <source>Claimant</source>
        <translation>Auteur de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="409"/>
        <source>Claim date</source>
        <translation>Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="410"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="411"/>
        <source>Review status</source>
        <translation>Statut de la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="412"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="413"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="417"/>
        <source>Claim inspector</source>
        <translation>Détail de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="421"/>
        <source>— no verdict yet —</source>
        <translation>— pas encore de verdict —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="489"/>
        <source>This claim moved in a new version of the article.</source>
        <translation>Cette affirmation a changé de place dans une nouvelle version de l'article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="491"/>
        <source>Orphan: the quoted words are no longer in this version of the article. Original context: …{prefix}[{exact}]{suffix}…
Select the right words in the article, then choose Anchor here.</source>
        <translation>Orpheline : les mots cités ne figurent plus dans cette version de l'article. Contexte d'origine : …{prefix}[{exact}]{suffix}…
Sélectionnez les bons mots dans l'article, puis choisissez Ancrer ici.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="597"/>
        <source>longer than about {} characters</source>
        <translation>plus long qu'environ {} caractères</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="600"/>
        <source>contains the verdict “{}”</source>
        <translation>contient le verdict « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="603"/>
        <source>Length of the claim as reviewed</source>
        <translation>Longueur de l'affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="619"/>
        <source>Claim date: not a date like 2019-11-27, 2019-11 or 2019: {}</source>
        <translation>Date de l'affirmation : pas une date comme 2019-11-27, 2019-11 ou 2019 : {}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="213"/>
        <source>Export reviews</source>
        <translation>Exporter les vérifications</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="220"/>
        <source>ClaimReview XML (RDF/XML, validated)</source>
        <translation>ClaimReview XML (RDF/XML, validé)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="221"/>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="222"/>
        <source>HTML snippet to embed (JSON-LD)</source>
        <translation>Extrait HTML à intégrer (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="223"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="250"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="258"/>
        <source>Problems found before export</source>
        <translation>Problèmes trouvés avant l'export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="266"/>
        <source>Problems (double-click to show the claim)</source>
        <translation>Problèmes (double-clic pour afficher l'affirmation)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="272"/>
        <source>Publisher settings…</source>
        <translation>Paramètres de l'éditeur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="275"/>
        <source>The organisation and the address of its fact-check pages</source>
        <translation>L'organisation et l'adresse de ses pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="281"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="284"/>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="286"/>
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="292"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="326"/>
        <source>This &amp;article (%n)</source>
        <translation>
            <numerusform>Cet &amp;article (%n)</numerusform>
            <numerusform>Cet &amp;article (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="327"/>
        <source>A&amp;ll reviews (%n)</source>
        <translation>
            <numerusform>&amp;Toutes les vérifications (%n)</numerusform>
            <numerusform>&amp;Toutes les vérifications (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="328"/>
        <source>&amp;Published only (%n)</source>
        <translation>
            <numerusform>&amp;Publiées seulement (%n)</numerusform>
            <numerusform>&amp;Publiées seulement (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="331"/>
        <source>No claim of this article has a verdict yet.</source>
        <translation>Aucune affirmation de cet article n'a encore de verdict.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="332"/>
        <source>No claim has a verdict yet.</source>
        <translation>Aucune affirmation n'a encore de verdict.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="333"/>
        <source>No review is published yet (status Published).</source>
        <translation>Aucune vérification n'est encore publiée (statut Publié).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="351"/>
        <source>Rate a claim first: choose its verdict in the inspector.</source>
        <translation>Évaluez d'abord une affirmation : choisissez son verdict dans le panneau Vérification.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="370"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="380"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="381"/>
        <source>“{}” already exists in {}. Replace it with this export?</source>
        <translation>« {} » existe déjà dans {}. Le remplacer par cet export ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="392"/>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="399"/>
        <source>“{}” is a folder: choose a file name.</source>
        <translation>« {} » est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="402"/>
        <source>Nothing was written: the file was kept.</source>
        <translation>Rien n'a été écrit : le fichier a été conservé.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="410"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="433"/>
        <source>Double-click to show the claim in the article</source>
        <translation>Double-cliquez pour afficher l'affirmation dans l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="435"/>
        <source>Double-click to open the publisher settings</source>
        <translation>Double-cliquez pour ouvrir les paramètres de l'éditeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="439"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="455"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>%n vérification exportée vers {}.</numerusform>
            <numerusform>%n vérifications exportées vers {}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="457"/>
        <source>%n warning(s) listed above.</source>
        <translation>
            <numerusform>%n avertissement ci-dessus.</numerusform>
            <numerusform>%n avertissements ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="468"/>
        <source>Nothing was written: {}</source>
        <translation>Rien n'a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="465"/>
        <source>fix the problems listed above.</source>
        <translation>corrigez les problèmes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="807"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1224"/>
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="814"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="814"/>
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="820"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="822"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="836"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="837"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="838"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="840"/>
        <source>moved in a new version</source>
        <translation>déplacée dans une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="841"/>
        <source>anchor to check</source>
        <translation>ancrage à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="842"/>
        <source>orphan: no longer in the text</source>
        <translation>orpheline : n'est plus dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="847"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="847"/>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="848"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="848"/>
        <source>Create an empty database file</source>
        <translation>Créer un fichier de base de données vide</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="850"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="851"/>
        <source>Import articles from files (or drop them on the window)</source>
        <translation>Importer des articles depuis des fichiers (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="854"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="855"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Importer tous les articles d'un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="857"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="857"/>
        <source>Export the reviews as ClaimReview</source>
        <translation>Exporter les vérifications au format ClaimReview</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="859"/>
        <source>&amp;Publisher settings…</source>
        <translation>Paramètres de l'é&amp;diteur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="860"/>
        <source>The fact-checking organisation and where its checks are published</source>
        <translation>La rédaction de vérification et l'adresse où ses vérifications sont publiées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="862"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="864"/>
        <source>&amp;Mark claim</source>
        <translation>&amp;Marquer l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="865"/>
        <source>Mark the selected words as a claim to review</source>
        <translation>Marquer les mots sélectionnés comme une affirmation à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="868"/>
        <source>&amp;Delete claim</source>
        <translation>&amp;Supprimer l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="869"/>
        <source>Delete the selected claim and its review</source>
        <translation>Supprimer l'affirmation choisie et sa vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="871"/>
        <source>&amp;Next claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="871"/>
        <source>Go to the next claim in the text</source>
        <translation>Aller à l'affirmation suivante dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="873"/>
        <source>&amp;Previous claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="874"/>
        <source>Go to the previous claim in the text</source>
        <translation>Aller à l'affirmation précédente dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="877"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="878"/>
        <source>Add a source that backs the review</source>
        <translation>Ajouter une source qui étaye la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="880"/>
        <source>&amp;Edit source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="881"/>
        <source>&amp;Remove source</source>
        <translation>&amp;Retirer la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="882"/>
        <source>&amp;Open source in browser</source>
        <translation>&amp;Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="884"/>
        <source>Import &amp;reviews (ClaimReview)…</source>
        <translation>Importer des &amp;vérifications (ClaimReview)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="886"/>
        <source>Import fact-checks as ClaimReview: ours, or other fact-checkers' (kept and offered when a similar claim is marked)</source>
        <translation>Importer des vérifications au format ClaimReview : les nôtres, ou celles d'autres rédactions (conservées et proposées quand une affirmation semblable est marquée)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="891"/>
        <source>A&amp;ccept the new place</source>
        <translation>A&amp;ccepter le nouvel ancrage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="892"/>
        <source>The claim now quotes the passage proposed in the new version</source>
        <translation>L'affirmation cite désormais le passage proposé dans la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="895"/>
        <source>Re&amp;ject the new place</source>
        <translation>Re&amp;jeter le nouvel ancrage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="896"/>
        <source>The claim becomes an orphan, to anchor again by hand</source>
        <translation>L'affirmation devient orpheline, à ancrer de nouveau à la main</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="899"/>
        <source>Anc&amp;hor here</source>
        <translation>Ancrer &amp;ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="900"/>
        <source>Anchor the selected claim on the words selected in the article</source>
        <translation>Ancrer l'affirmation choisie sur les mots sélectionnés dans l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="902"/>
        <source>&amp;Search articles</source>
        <translation>&amp;Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="903"/>
        <source>&amp;About Annotator</source>
        <translation>À &amp;propos d'Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="912"/>
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="913"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="914"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="915"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="916"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="917"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="918"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="920"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="921"/>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="922"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="923"/>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="924"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="925"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="926"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="927"/>
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="929"/>
        <source>ARTICLES</source>
        <translation>ARTICLES</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="930"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1166"/>
        <source>CLAIMS IN THIS ARTICLE</source>
        <translation>AFFIRMATIONS DE L'ARTICLE</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="931"/>
        <source>REVIEW</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="932"/>
        <source>Search articles, claims, reviews (Ctrl+F)</source>
        <translation>Rechercher articles, affirmations, vérifications (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="933"/>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="934"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="935"/>
        <source>Article text</source>
        <translation>Texte de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="936"/>
        <source>Claims in this article</source>
        <translation>Affirmations de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="937"/>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="938"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="941"/>
        <location filename="../../annotator/ui/mainwindow.py" line="945"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="941"/>
        <location filename="../../annotator/ui/mainwindow.py" line="947"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="941"/>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="941"/>
        <location filename="../../annotator/ui/mainwindow.py" line="942"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="942"/>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="942"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="944"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="946"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="948"/>
        <source>Quoted passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="972"/>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Annuler : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="972"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="973"/>
        <source>&amp;Redo: {}</source>
        <translation>&amp;Rétablir : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="973"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="974"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="975"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="995"/>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1001"/>
        <source>No verdict yet</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1004"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1007"/>
        <source>No claims yet</source>
        <translation>Sans affirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1088"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1090"/>
        <source>%n article(s) match</source>
        <translation>
            <numerusform>%n article correspond</numerusform>
            <numerusform>%n articles correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1092"/>
        <source>(the best {} shown)</source>
        <translation>(les {} meilleurs)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1184"/>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1186"/>
        <source>Import articles with Ctrl+I, or drop files on this window.</source>
        <translation>Importez des articles avec Ctrl+I, ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1206"/>
        <source>version {}</source>
        <translation>version {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1228"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1244"/>
        <source>Correction: {}</source>
        <translation>Correction : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1402"/>
        <source>Open an article first.</source>
        <translation>Ouvrez d'abord un article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1406"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1475"/>
        <source>Select the words of the claim in the article first.</source>
        <translation>Sélectionnez d'abord les mots de l'affirmation dans l'article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1411"/>
        <source>Mark claim “{}”</source>
        <translation>Marquer l'affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1424"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1471"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1540"/>
        <source>Select a claim first.</source>
        <translation>Choisissez d'abord une affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1428"/>
        <source>Delete claim “{}”</source>
        <translation>Supprimer l'affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1446"/>
        <source>The selected claim has no proposed place to accept.</source>
        <translation>L'affirmation choisie n'a pas de nouvel ancrage à accepter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1447"/>
        <source>Accept the new place of “{}”</source>
        <translation>Accepter le nouvel ancrage de « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1454"/>
        <source>The selected claim has no proposed place to reject.</source>
        <translation>L'affirmation choisie n'a pas de nouvel ancrage à rejeter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1455"/>
        <source>Reject the new place of “{}”</source>
        <translation>Rejeter le nouvel ancrage de « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1480"/>
        <source>Anchor “{}” here</source>
        <translation>Ancrer « {} » ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1518"/>
        <source>Edit claim reviewed</source>
        <translation>Modifier l'affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1519"/>
        <source>Edit claimant</source>
        <translation>Modifier l'auteur de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1520"/>
        <source>Edit claim date</source>
        <translation>Modifier la date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1521"/>
        <source>Edit explanation</source>
        <translation>Modifier l'explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1522"/>
        <source>Edit correction</source>
        <translation>Modifier la correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1525"/>
        <source>Set verdict to {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1527"/>
        <source>Set status to {}</source>
        <translation>Statut : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1548"/>
        <source>Add source {}</source>
        <translation>Ajouter la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1565"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1576"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1589"/>
        <source>Remove source {}</source>
        <translation>Retirer la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1651"/>
        <source>About Annotator</source>
        <translation>À propos d'Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1653"/>
        <source>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Mark the claims in news articles, rate them, source them and export ClaimReview.&lt;/p&gt;&lt;p&gt;Everything stays in one SQLite file on this computer; nothing is sent over the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Marquez les affirmations des articles, donnez-leur un verdict, sourcez-les et exportez-les en ClaimReview.&lt;/p&gt;&lt;p&gt;Tout reste dans un fichier SQLite sur cet ordinateur ; rien n'est envoyé sur le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1664"/>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1664"/>
        <source>Articles ({})</source>
        <translation>Articles ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1670"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1685"/>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1701"/>
        <source>Imported {}, duplicates {}, failed {}</source>
        <translation>Importés : {}, doublons : {}, échecs : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1705"/>
        <location filename="../../annotator/ui/mainwindow.py" line="1753"/>
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1711"/>
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n fichier n'a pas pu être importé ; les autres l'ont été.</numerusform>
            <numerusform>%n fichiers n'ont pas pu être importés ; les autres l'ont été.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1720"/>
        <source>Import reviews (ClaimReview)</source>
        <translation>Importer des vérifications (ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1721"/>
        <source>ClaimReview files ({})</source>
        <translation>Fichiers ClaimReview ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1735"/>
        <source>Importing reviews…</source>
        <translation>Import des vérifications…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1747"/>
        <source>Reviews imported: {} attached to articles, {} external (other fact-checkers), {} failed</source>
        <translation>Vérifications importées : {} rattachées à des articles, {} externes (autres rédactions), {} en échec</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1751"/>
        <source>({} were already there)</source>
        <translation>({} étaient déjà là)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1766"/>
        <source>%n review(s) or file(s) could not be read (see the details); the others were imported.</source>
        <translation>
            <numerusform>%n vérification ou fichier n'a pas pu être lu (voir le détail) ; les autres ont été importés.</numerusform>
            <numerusform>%n vérifications ou fichiers n'ont pas pu être lus (voir le détail) ; les autres ont été importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1790"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1802"/>
        <source>Exporting reviews…</source>
        <translation>Export des vérifications…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1805"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>%n vérification exportée vers {}.</numerusform>
            <numerusform>%n vérifications exportées vers {}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1814"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1870"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1871"/>
        <source>Annotator databases (*.db *.sqlite *.annotator);;All files (*)</source>
        <translation>Bases Annotator (*.db *.sqlite *.annotator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1878"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1879"/>
        <source>Annotator databases (*.db)</source>
        <translation>Bases Annotator (*.db)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1883"/>
        <source>{} already exists; open it instead.</source>
        <translation>{} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1927"/>
        <source>Publisher settings saved.</source>
        <translation>Paramètres de l'éditeur enregistrés.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1943"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../annotator/ui/i18n.py" line="25"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/i18n.py" line="26"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
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
        <location filename="../../annotator/ui/dialogs.py" line="131"/>
        <source>Publisher settings</source>
        <translation>Paramètres de l'éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="137"/>
        <source>Organisation &amp;name</source>
        <translation>&amp;Nom de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="138"/>
        <source>Organisation &amp;web site</source>
        <translation>&amp;Site web de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="139"/>
        <source>&amp;Logo address</source>
        <translation>Adresse du &amp;logo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="140"/>
        <source>Fact-check pages &amp;base address</source>
        <translation>Adresse de &amp;base des pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="141"/>
        <source>Language of &amp;exports (fr, en…)</source>
        <translation>Langue des &amp;exports (fr, en…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="144"/>
        <source>The fact-checking organisation (ClaimReview author)</source>
        <translation>La rédaction qui vérifie (auteur ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="146"/>
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
        <location filename="../../annotator/ui/dialogs.py" line="50"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="50"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="56"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="65"/>
        <source>&amp;Address (http or https)</source>
        <translation>&amp;Adresse (http ou https)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="66"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="67"/>
        <source>&amp;Publisher</source>
        <translation>&amp;Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="68"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="69"/>
        <source>&amp;Quoted passage</source>
        <translation>&amp;Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="96"/>
        <source>The address is required.</source>
        <translation>L'adresse est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="100"/>
        <source>Only web addresses starting with http:// or https:// are accepted.</source>
        <translation>Seules les adresses web commençant par http:// ou https:// sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="102"/>
        <source>The date must look like 2011-05-02, 2011-05 or 2011.</source>
        <translation>La date doit ressembler à 2011-05-02, 2011-05 ou 2011.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../annotator/ui/messages.py" line="44"/>
        <source>Organisation name</source>
        <translation>Nom de l'organisation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="45"/>
        <source>Organisation web site</source>
        <translation>Site web de l'organisation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="46"/>
        <source>Logo address</source>
        <translation>Adresse du logo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="47"/>
        <source>Fact-check pages base address</source>
        <translation>Adresse de base des pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="48"/>
        <source>Language of exports</source>
        <translation>Langue des exports</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="54"/>
        <source>Fact-check page address</source>
        <translation>Adresse de la page de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="55"/>
        <source>Claim as reviewed (claimReviewed)</source>
        <translation>Affirmation vérifiée (claimReviewed)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="56"/>
        <location filename="../../annotator/ui/messages.py" line="57"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="58"/>
        <location filename="../../annotator/ui/messages.py" line="59"/>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="60"/>
        <source>Claimant (who said it)</source>
        <translation>Auteur (qui l'a dit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="61"/>
        <source>Date of the claim</source>
        <translation>Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="62"/>
        <location filename="../../annotator/ui/messages.py" line="63"/>
        <source>Article address</source>
        <translation>Adresse de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="64"/>
        <source>Article date</source>
        <translation>Date de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="65"/>
        <source>Publication date of the review</source>
        <translation>Date de publication de la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="66"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="67"/>
        <location filename="../../annotator/ui/messages.py" line="68"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="81"/>
        <source>source {}: “{}” is not a complete web address (http:// or https://)</source>
        <translation>source {} : « {} » n'est pas une adresse web complète (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="83"/>
        <source>“{}” is not a complete web address (http:// or https://)</source>
        <translation>« {} » n'est pas une adresse web complète (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="87"/>
        <source>source {}: “{}” is not a date like 2019-11-27, 2019-11 or 2019</source>
        <translation>source {} : « {} » n'est pas une date comme 2019-11-27, 2019-11 ou 2019</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="89"/>
        <source>“{}” is not a date like 2019-11-27, 2019-11 or 2019</source>
        <translation>« {} » n'est pas une date comme 2019-11-27, 2019-11 ou 2019</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="92"/>
        <source>no fact-check page address: set the base address of your pages in Publisher settings…</source>
        <translation>aucune adresse de page de vérification : indiquez l'adresse de base de vos pages dans Paramètres de l'éditeur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="96"/>
        <source>{} is already the address of another review in this export</source>
        <translation>{} est déjà l'adresse d'une autre vérification de cet export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="98"/>
        <source>the claim is not saved yet</source>
        <translation>l'affirmation n'est pas encore enregistrée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="100"/>
        <source>%n review address(es) use the provisional address {}: set yours in Publisher settings…</source>
        <translation>
            <numerusform>%n adresse de vérification utilise l'adresse provisoire {} : indiquez la vôtre dans Paramètres de l'éditeur…</numerusform>
            <numerusform>%n adresses de vérification utilisent l'adresse provisoire {} : indiquez la vôtre dans Paramètres de l'éditeur…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="105"/>
        <source>empty: restate the claim in a few words</source>
        <translation>vide : reformulez l'affirmation en quelques mots</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="107"/>
        <source>{} characters; Google recommends about {}: write a shorter restatement</source>
        <translation>{} caractères ; Google recommande environ {} : reformulez plus court</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="110"/>
        <source>contains the verdict “{}”: it states the claim, never the verdict</source>
        <translation>contient le verdict « {} » : elle énonce l'affirmation, jamais le verdict</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="113"/>
        <source>%n claim(s) without a verdict yet: not exported</source>
        <translation>
            <numerusform>%n affirmation sans verdict pour l'instant : non exportée</numerusform>
            <numerusform>%n affirmations sans verdict pour l'instant : non exportées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="118"/>
        <source>no verdict: rate the claim before exporting</source>
        <translation>pas de verdict : évaluez l'affirmation avant d'exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="121"/>
        <source>the verdict “{}” is not on the rating scale</source>
        <translation>le verdict « {} » n'est pas dans l'échelle de notation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="124"/>
        <source>the verdict “{}” has no name on the rating scale</source>
        <translation>le verdict « {} » n'a pas de nom dans l'échelle de notation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="127"/>
        <source>this verdict has no number on the scale: only its name is exported</source>
        <translation>ce verdict n'a pas de note dans l'échelle : seul son nom est exporté</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="130"/>
        <source>the scale's numbers are not usable (the best must be above the worst, the worst at least 1): they are not exported</source>
        <translation>les notes de l'échelle sont inutilisables (la meilleure doit dépasser la pire, la pire valoir au moins 1) : elles ne sont pas exportées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="133"/>
        <source>not filled in: who made the claim?</source>
        <translation>non renseigné : qui a fait cette affirmation ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="135"/>
        <source>not filled in: when was the claim made?</source>
        <translation>non renseignée : quand l'affirmation a-t-elle été faite ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="138"/>
        <source>the article has no address (URL): where did the claim appear?</source>
        <translation>l'article n'a pas d'adresse (URL) : où l'affirmation a-t-elle paru ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="141"/>
        <source>none yet: it is set when the status becomes Published</source>
        <translation>aucune pour l'instant : elle est fixée quand le statut passe à Publié</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="143"/>
        <source>unknown status “{}”</source>
        <translation>statut inconnu « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="144"/>
        <source>source {} has no address</source>
        <translation>la source {} n'a pas d'adresse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="146"/>
        <source>not filled in (the organisation that signs the reviews): set it in Publisher settings…</source>
        <translation>non renseigné (l'organisation qui signe les vérifications) : indiquez-le dans Paramètres de l'éditeur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="149"/>
        <source>“{}” is not a language code like fr or en</source>
        <translation>« {} » n'est pas un code de langue comme fr ou en</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="156"/>
        <source>the file would break the ClaimReview profile (line {}); nothing was written</source>
        <translation>le fichier ne respecterait pas le profil ClaimReview (ligne {}) ; rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="161"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="164"/>
        <source>“{}” in “{}”</source>
        <translation>« {} » dans « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="171"/>
        <source>Nothing to export: “{}” has no published review.</source>
        <translation>Rien à exporter : « {} » n'a aucune vérification publiée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="174"/>
        <source>Nothing to export: “{}” has no claim with a verdict yet.</source>
        <translation>Rien à exporter : « {} » n'a encore aucune affirmation évaluée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="178"/>
        <source>Nothing to export: no review is published yet.</source>
        <translation>Rien à exporter : aucune vérification n'est encore publiée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="179"/>
        <source>Nothing to export: no claim has a verdict yet.</source>
        <translation>Rien à exporter : aucune affirmation n'a encore de verdict.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="183"/>
        <source>Nothing was written: %n problem(s) must be fixed first (see the export dialog).</source>
        <translation>
            <numerusform>Rien n'a été écrit : %n problème est à corriger d'abord (voir la fenêtre d'export).</numerusform>
            <numerusform>Rien n'a été écrit : %n problèmes sont à corriger d'abord (voir la fenêtre d'export).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="192"/>
        <source>{}: only complete web addresses starting with http:// or https:// are accepted.</source>
        <translation>{} : seules les adresses web complètes commençant par http:// ou https:// sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="195"/>
        <source>{}: not a language code like fr or en.</source>
        <translation>{} : ce n'est pas un code de langue comme fr ou en.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="197"/>
        <source>{}: must not be empty.</source>
        <translation>{} : ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="199"/>
        <source>{}: this value is refused ({}).</source>
        <translation>{} : cette valeur est refusée ({}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="203"/>
        <source>Only complete web addresses starting with http:// or https:// are accepted.</source>
        <translation>Seules les adresses web complètes commençant par http:// ou https:// sont acceptées.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="109"/>
        <source>Internal error: {}</source>
        <translation>Erreur interne : {}</translation>
    </message>
</context>
</TS>
