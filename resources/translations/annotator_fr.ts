<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClaimInspector</name>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="327" />
        <source>Select a claim in the list or a highlight in the article,
or select words in the article and choose Mark claim (Ctrl+M).</source>
        <translation>Choisissez une affirmation dans la liste ou un surlignage dans l'article,
ou sélectionnez des mots de l'article puis « Marquer l'affirmation » (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="330" />
        <source>Claim as &amp;reviewed (claimReviewed)</source>
        <translation>Affirmation &amp;vérifiée (claimReviewed)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="332" />
        <source>The claim as readers will see it (claimReviewed): short, about 75 characters, and never the verdict. Empty: the quote is used.</source>
        <translation>L'affirmation telle que les lecteurs la verront (claimReviewed) : courte, environ 75 caractères, et jamais le verdict. Vide : la citation est reprise.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="335" />
        <source>Clai&amp;mant (who said it)</source>
        <translation>&amp;Auteur (qui l'a dit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="336" />
        <source>Who made the claim</source>
        <translation>Qui a fait cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="337" />
        <source>&amp;Date of the claim</source>
        <translation>&amp;Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="338" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="339" />
        <source>When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Quand l'affirmation a été faite : AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="340" />
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="341" />
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="342" />
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="343" />
        <source>Why this verdict: what the sources show</source>
        <translation>Pourquoi ce verdict : ce que montrent les sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="344" />
        <source>C&amp;orrection</source>
        <translation>C&amp;orrection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="345" />
        <source>What is true instead (e.g. 2011)</source>
        <translation>Ce qui est exact (par exemple 2011)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="346" />
        <location filename="../../annotator/ui/inspector.py" line="360" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="347" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="348" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="349" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="350" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="351" />
        <source>Open the source's address in the web browser</source>
        <translation>Ouvrir l'adresse de la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="353" />
        <source>Claim reviewed</source>
        <translation>Affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="354" />
        <source>Claimant</source>
        <translation>Auteur de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="355" />
        <source>Claim date</source>
        <translation>Date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="356" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="357" />
        <source>Review status</source>
        <translation>Statut de la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="358" />
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="359" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="363" />
        <source>Claim inspector</source>
        <translation>Détail de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="367" />
        <source>— no verdict yet —</source>
        <translation>— pas encore de verdict —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="411" />
        <source>This claim moved in a new version of the article.</source>
        <translation>Cette affirmation a changé de place dans une nouvelle version de l'article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="413" />
        <source>To check: the article changed and this passage is only a close match. Original context: …{prefix}[{exact}]{suffix}…</source>
        <translation>À vérifier : l'article a changé et ce passage n'est qu'une correspondance approchée. Contexte d'origine : …{prefix}[{exact}]{suffix}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="417" />
        <source>Orphan: the quoted words are no longer in this version of the article. Original context: …{prefix}[{exact}]{suffix}…</source>
        <translation>Orpheline : les mots cités ne figurent plus dans cette version de l'article. Contexte d'origine : …{prefix}[{exact}]{suffix}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="463" />
        <source>longer than about {} characters</source>
        <translation>plus long qu'environ {} caractères</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="466" />
        <source>contains the verdict “{}”</source>
        <translation>contient le verdict « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="469" />
        <source>Length of the claim as reviewed</source>
        <translation>Longueur de l'affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="485" />
        <source>Claim date: not a date like 2019-11-27, 2019-11 or 2019: {}</source>
        <translation>Date de l'affirmation : pas une date comme 2019-11-27, 2019-11 ou 2019 : {}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="202" />
        <source>Export reviews</source>
        <translation>Exporter les vérifications</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="207" />
        <source>ClaimReview XML (RDF/XML, validated)</source>
        <translation>ClaimReview XML (RDF/XML, validé)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="208" />
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="209" />
        <source>HTML snippet to embed (JSON-LD)</source>
        <translation>Extrait HTML à intégrer (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="210" />
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="214" />
        <source>This &amp;article</source>
        <translation>Cet &amp;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="215" />
        <source>A&amp;ll reviews</source>
        <translation>&amp;Toutes les vérifications</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="216" />
        <source>&amp;Published reviews only</source>
        <translation>Vérifications &amp;publiées seulement</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="230" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="238" />
        <source>Problems found before export</source>
        <translation>Problèmes trouvés avant l'export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="240" />
        <source>Problems (double-click to show the claim)</source>
        <translation>Problèmes (double-clic pour afficher l'affirmation)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="247" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="248" />
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="249" />
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="252" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="281" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="288" />
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="291" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="306" />
        <source>Double-click to show claim {}</source>
        <translation>Double-cliquez pour afficher l'affirmation {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="317" />
        <source>Exported {} review(s) to {}.</source>
        <translation>{} vérification(s) exportée(s) vers {}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="319" />
        <source>{} warning(s) listed above.</source>
        <translation>{} avertissement(s) ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="327" />
        <source>Nothing was written: {}</source>
        <translation>Rien n'a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="328" />
        <source>fix the problems listed above.</source>
        <translation>corrigez les problèmes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="668" />
        <location filename="../../annotator/ui/mainwindow.py" line="984" />
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="675" />
        <source>%n claim(s)</source>
        <translation><numerusform>%n affirmation</numerusform><numerusform>%n affirmations</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="675" />
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="679" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="680" />
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="681" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="683" />
        <source>moved in a new version</source>
        <translation>déplacée dans une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="684" />
        <source>anchor to check</source>
        <translation>ancrage à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="685" />
        <source>orphan: no longer in the text</source>
        <translation>orpheline : n'est plus dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="690" />
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="690" />
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="691" />
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="691" />
        <source>Create an empty database file</source>
        <translation>Créer un fichier de base de données vide</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="693" />
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="694" />
        <source>Import articles from files (or drop them on the window)</source>
        <translation>Importer des articles depuis des fichiers (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="697" />
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="698" />
        <source>Import every article in a folder and its subfolders</source>
        <translation>Importer tous les articles d'un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="700" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="700" />
        <source>Export the reviews as ClaimReview</source>
        <translation>Exporter les vérifications au format ClaimReview</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="702" />
        <source>&amp;Publisher settings…</source>
        <translation>Paramètres de l'é&amp;diteur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="703" />
        <source>The fact-checking organisation and where its checks are published</source>
        <translation>La rédaction de vérification et l'adresse où ses vérifications sont publiées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="705" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="707" />
        <source>&amp;Mark claim</source>
        <translation>&amp;Marquer l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="708" />
        <source>Mark the selected words as a claim to review</source>
        <translation>Marquer les mots sélectionnés comme une affirmation à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="711" />
        <source>&amp;Delete claim</source>
        <translation>&amp;Supprimer l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="712" />
        <source>Delete the selected claim and its review</source>
        <translation>Supprimer l'affirmation choisie et sa vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="714" />
        <source>&amp;Next claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="714" />
        <source>Go to the next claim in the text</source>
        <translation>Aller à l'affirmation suivante dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="716" />
        <source>&amp;Previous claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="717" />
        <source>Go to the previous claim in the text</source>
        <translation>Aller à l'affirmation précédente dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="720" />
        <source>&amp;Add source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="721" />
        <source>Add a source that backs the review</source>
        <translation>Ajouter une source qui étaye la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="723" />
        <source>&amp;Edit source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="724" />
        <source>&amp;Remove source</source>
        <translation>&amp;Retirer la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="725" />
        <source>&amp;Open source in browser</source>
        <translation>&amp;Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="726" />
        <source>&amp;Search articles</source>
        <translation>&amp;Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="727" />
        <source>&amp;About Annotator</source>
        <translation>À &amp;propos d'Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="736" />
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="737" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="738" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="739" />
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="740" />
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="741" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="742" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="744" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="745" />
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="746" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="747" />
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="748" />
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="749" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="750" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="751" />
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="753" />
        <source>ARTICLES</source>
        <translation>ARTICLES</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="754" />
        <location filename="../../annotator/ui/mainwindow.py" line="932" />
        <source>CLAIMS IN THIS ARTICLE</source>
        <translation>AFFIRMATIONS DE L'ARTICLE</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="755" />
        <source>REVIEW</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="756" />
        <source>Search titles and text (Ctrl+F)</source>
        <translation>Rechercher dans les titres et le texte (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="757" />
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="758" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="759" />
        <source>Article text</source>
        <translation>Texte de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="760" />
        <source>Claims in this article</source>
        <translation>Affirmations de l'article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="761" />
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="762" />
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="765" />
        <location filename="../../annotator/ui/mainwindow.py" line="769" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="765" />
        <location filename="../../annotator/ui/mainwindow.py" line="771" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="765" />
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="765" />
        <location filename="../../annotator/ui/mainwindow.py" line="766" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="766" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="766" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="768" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="770" />
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="772" />
        <source>Quoted passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="786" />
        <source>&amp;Undo: {}</source>
        <translation>&amp;Annuler : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="786" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="787" />
        <source>&amp;Redo: {}</source>
        <translation>&amp;Rétablir : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="787" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="788" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="789" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="807" />
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="813" />
        <source>No verdict yet</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="816" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="819" />
        <source>No claims yet</source>
        <translation>Sans affirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="869" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="871" />
        <source>%n article(s) match</source>
        <translation><numerusform>%n article correspond</numerusform><numerusform>%n articles correspondent</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="945" />
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="947" />
        <source>Import articles with Ctrl+I, or drop files on this window.</source>
        <translation>Importez des articles avec Ctrl+I, ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="964" />
        <source>version {}</source>
        <translation>version {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="988" />
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1002" />
        <source>Correction: {}</source>
        <translation>Correction : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1139" />
        <source>Open an article first.</source>
        <translation>Ouvrez d'abord un article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1143" />
        <source>Select the words of the claim in the article first.</source>
        <translation>Sélectionnez d'abord les mots de l'affirmation dans l'article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1148" />
        <source>Mark claim “{}”</source>
        <translation>Marquer l'affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1161" />
        <location filename="../../annotator/ui/mainwindow.py" line="1208" />
        <source>Select a claim first.</source>
        <translation>Choisissez d'abord une affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1165" />
        <source>Delete claim “{}”</source>
        <translation>Supprimer l'affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1186" />
        <source>Edit claim reviewed</source>
        <translation>Modifier l'affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1187" />
        <source>Edit claimant</source>
        <translation>Modifier l'auteur de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1188" />
        <source>Edit claim date</source>
        <translation>Modifier la date de l'affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1189" />
        <source>Edit explanation</source>
        <translation>Modifier l'explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1190" />
        <source>Edit correction</source>
        <translation>Modifier la correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1193" />
        <source>Set verdict to {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1195" />
        <source>Set status to {}</source>
        <translation>Statut : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1216" />
        <source>Add source {}</source>
        <translation>Ajouter la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1233" />
        <location filename="../../annotator/ui/mainwindow.py" line="1244" />
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1257" />
        <source>Remove source {}</source>
        <translation>Retirer la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1296" />
        <source>About Annotator</source>
        <translation>À propos d'Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1298" />
        <source>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Mark the claims in news articles, rate them, source them and export ClaimReview.&lt;/p&gt;&lt;p&gt;Everything stays in one SQLite file on this computer; nothing is sent over the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Marquez les affirmations des articles, donnez-leur un verdict, sourcez-les et exportez-les en ClaimReview.&lt;/p&gt;&lt;p&gt;Tout reste dans un fichier SQLite sur cet ordinateur ; rien n'est envoyé sur le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1309" />
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1309" />
        <source>Articles ({})</source>
        <translation>Articles ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1315" />
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1329" />
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1345" />
        <source>Imported {}, duplicates {}, failed {}</source>
        <translation>Importés : {}, doublons : {}, échecs : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1349" />
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/mainwindow.py" line="1355" />
        <source>%n file(s) could not be imported; the others were.</source>
        <translation><numerusform>%n fichier n'a pas pu être importé ; les autres l'ont été.</numerusform><numerusform>%n fichiers n'ont pas pu être importés ; les autres l'ont été.</numerusform></translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1377" />
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1381" />
        <source>Exporting reviews…</source>
        <translation>Export des vérifications…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1384" />
        <source>Exported {} review(s) to {}</source>
        <translation>{} vérification(s) exportée(s) vers {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1391" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1446" />
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1447" />
        <source>Annotator databases (*.db *.sqlite *.annotator);;All files (*)</source>
        <translation>Bases Annotator (*.db *.sqlite *.annotator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1454" />
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1455" />
        <source>Annotator databases (*.db)</source>
        <translation>Bases Annotator (*.db)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1459" />
        <source>{} already exists; open it instead.</source>
        <translation>{} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1499" />
        <source>Publisher settings saved.</source>
        <translation>Paramètres de l'éditeur enregistrés.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="1518" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="127" />
        <source>Publisher settings</source>
        <translation>Paramètres de l'éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="133" />
        <source>Organisation &amp;name</source>
        <translation>&amp;Nom de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="134" />
        <source>Organisation &amp;web site</source>
        <translation>&amp;Site web de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="135" />
        <source>&amp;Logo address</source>
        <translation>Adresse du &amp;logo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="136" />
        <source>Fact-check pages &amp;base address</source>
        <translation>Adresse de &amp;base des pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="137" />
        <source>Language of &amp;exports (fr, en…)</source>
        <translation>Langue des &amp;exports (fr, en…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="140" />
        <source>The fact-checking organisation (ClaimReview author)</source>
        <translation>La rédaction qui vérifie (auteur ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="142" />
        <source>A review's address is this plus a slug of the article title</source>
        <translation>L'adresse d'une vérification est celle-ci suivie d'un identifiant tiré du titre</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="46" />
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="46" />
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="52" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="61" />
        <source>&amp;Address (http or https)</source>
        <translation>&amp;Adresse (http ou https)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="62" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="63" />
        <source>&amp;Publisher</source>
        <translation>&amp;Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="64" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="65" />
        <source>&amp;Quoted passage</source>
        <translation>&amp;Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="92" />
        <source>The address is required.</source>
        <translation>L'adresse est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="96" />
        <source>Only web addresses starting with http:// or https:// are accepted.</source>
        <translation>Seules les adresses web commençant par http:// ou https:// sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="98" />
        <source>The date must look like 2011-05-02, 2011-05 or 2011.</source>
        <translation>La date doit ressembler à 2011-05-02, 2011-05 ou 2011.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="100" />
        <source>Internal error: {}</source>
        <translation>Erreur interne : {}</translation>
    </message>
</context>
</TS>