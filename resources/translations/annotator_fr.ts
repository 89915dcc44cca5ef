<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../annotator/ui/actions.py" line="47"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="48"/>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="50"/>
        <source>Open a &amp;shared database…</source>
        <translation>Ouvrir une base &amp;partagée…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="51"/>
        <source>Open a newsroom&apos;s database on a PostgreSQL server (a password, if one is asked, is never saved)</source>
        <translation>Ouvrir la base d&apos;une rédaction sur un serveur PostgreSQL (le mot de passe, s&apos;il en faut un, n&apos;est jamais enregistré)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="55"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="56"/>
        <source>Create an empty database file</source>
        <translation>Créer un fichier de base de données vide</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="58"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="59"/>
        <source>Import articles from files (or drop them on the window)</source>
        <translation>Importer des articles depuis des fichiers (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="61"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="63"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="64"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Importer tous les articles d&apos;un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="66"/>
        <source>Import &amp;reviews (ClaimReview)…</source>
        <translation>Importer des &amp;vérifications (ClaimReview)…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="67"/>
        <source>Import fact-checks as ClaimReview: ours, or other fact-checkers&apos; (kept and offered when a similar claim is marked)</source>
        <translation>Importer des vérifications au format ClaimReview : les nôtres, ou celles d&apos;autres rédactions (conservées et proposées quand une affirmation semblable est marquée)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="71"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="72"/>
        <source>Export the reviews as ClaimReview</source>
        <translation>Exporter les vérifications au format ClaimReview</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="73"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="75"/>
        <source>&amp;Publisher settings…</source>
        <translation>Paramètres de l&apos;é&amp;diteur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="76"/>
        <source>The fact-checking organisation and where its checks are published</source>
        <translation>La rédaction de vérification et l&apos;adresse où ses vérifications sont publiées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="84"/>
        <source>&amp;Mark claim</source>
        <translation>&amp;Marquer l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="85"/>
        <source>Mark the selected words as a claim to review</source>
        <translation>Marquer les mots sélectionnés comme une affirmation à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="86"/>
        <source>Mark</source>
        <translation>Marquer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="88"/>
        <source>&amp;Delete claim</source>
        <translation>&amp;Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="89"/>
        <source>Delete the selected claim and its review</source>
        <translation>Supprimer l&apos;affirmation choisie et sa vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="90"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="92"/>
        <source>&amp;Next claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="93"/>
        <source>Go to the next claim in the text</source>
        <translation>Aller à l&apos;affirmation suivante dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="94"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="96"/>
        <source>&amp;Previous claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="97"/>
        <source>Go to the previous claim in the text</source>
        <translation>Aller à l&apos;affirmation précédente dans le texte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="98"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="100"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="101"/>
        <source>Add a source that backs the review</source>
        <translation>Ajouter une source qui étaye la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="102"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="104"/>
        <source>&amp;Edit source…</source>
        <translation>&amp;Modifier la source…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="106"/>
        <source>&amp;Remove source</source>
        <translation>&amp;Retirer la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="108"/>
        <source>&amp;Open source in browser</source>
        <translation>&amp;Ouvrir la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="110"/>
        <source>A&amp;ccept the new place</source>
        <translation>A&amp;ccepter le nouvel ancrage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="111"/>
        <source>The claim now quotes the passage proposed in the new version</source>
        <translation>L&apos;affirmation cite désormais le passage proposé dans la nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="114"/>
        <source>Re&amp;ject the new place</source>
        <translation>Re&amp;jeter le nouvel ancrage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="115"/>
        <source>The claim becomes an orphan, to anchor again by hand</source>
        <translation>L&apos;affirmation devient orpheline, à ancrer de nouveau à la main</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="117"/>
        <source>Anc&amp;hor here</source>
        <translation>Ancrer &amp;ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="118"/>
        <source>Anchor the selected claim on the words selected in the article</source>
        <translation>Ancrer l&apos;affirmation choisie sur les mots sélectionnés dans l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="121"/>
        <source>&amp;Search articles</source>
        <translation>&amp;Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="122"/>
        <source>&amp;About Annotator</source>
        <translation>À &amp;propos d&apos;Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="125"/>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="126"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="129"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="138"/>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="143"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="144"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="293"/>
        <source>&amp;Undo: {}</source>
        <translation>&amp;Annuler : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="293"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="294"/>
        <source>&amp;Redo: {}</source>
        <translation>&amp;Rétablir : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="294"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="295"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/actions.py" line="296"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>AnchorReviewPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="392"/>
        <location filename="../../annotator/ui/panels.py" line="414"/>
        <source>Place to check</source>
        <translation>Ancrage à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="395"/>
        <source>The article changed and the reviewed words were found only approximately. Compare, then accept the new passage or reject it.</source>
        <translation>L&apos;article a changé et les mots vérifiés n&apos;ont été retrouvés qu&apos;approximativement. Comparez, puis acceptez le nouveau passage ou rejetez-le.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="399"/>
        <source>Before (reviewed)</source>
        <translation>Avant (texte vérifié)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="400"/>
        <source>Now (proposed)</source>
        <translation>Maintenant (proposé)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="401"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="403"/>
        <source>The claim now quotes the new passage; its review is kept</source>
        <translation>L&apos;affirmation cite désormais le nouveau passage ; sa vérification est conservée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="405"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="408"/>
        <source>The claim becomes an orphan: select the right words in the article, then choose Anchor here</source>
        <translation>L&apos;affirmation devient orpheline : sélectionnez les bons mots dans l&apos;article, puis choisissez Ancrer ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="412"/>
        <source>Context before</source>
        <translation>Contexte avant</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="413"/>
        <source>Context now</source>
        <translation>Contexte maintenant</translation>
    </message>
</context>
<context>
    <name>ArticleCardDelegate</name>
    <message>
        <location filename="../../annotator/ui/articlecards.py" line="196"/>
        <source>Found in a claim&apos;s review</source>
        <translation>Trouvé dans la vérification d&apos;une affirmation</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../annotator/ui/models.py" line="292"/>
        <source>To check by {}</source>
        <translation>À vérifier par {}</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="159"/>
        <source>ARTICLES</source>
        <translation>ARTICLES</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="160"/>
        <source>Search articles, claims, reviews (Ctrl+F)</source>
        <translation>Rechercher articles, affirmations, vérifications (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="161"/>
        <source>Search articles</source>
        <translation>Rechercher dans les articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="162"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="163"/>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="164"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="165"/>
        <source>Mine</source>
        <translation>Mes articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="166"/>
        <source>Only the articles given to me to check</source>
        <translation>Seulement les articles qu’on m’a donnés à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="181"/>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="187"/>
        <source>No verdict yet</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="190"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="193"/>
        <source>No claims yet</source>
        <translation>Sans affirmation</translation>
    </message>
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
            <numerusform>%n article correspond</numerusform>
            <numerusform>%n articles correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="256"/>
        <source>No results for “{}”</source>
        <translation>Aucun résultat pour « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="258"/>
        <source>(with the verdict and status filters)</source>
        <translation>(avec les filtres de verdict et de statut)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/articlelist.py" line="262"/>
        <source>(the best {} shown)</source>
        <translation>(les {} meilleurs)</translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="116"/>
        <source>Select a claim in the list or a highlight in the article,
or select words in the article and choose Mark claim (Ctrl+M).</source>
        <translation>Choisissez une affirmation dans la liste ou un surlignage dans l&apos;article,
ou sélectionnez des mots de l&apos;article puis « Marquer l&apos;affirmation » (Ctrl+M).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="119"/>
        <location filename="../../annotator/ui/messages.py" line="67"/>
        <source>Claim as &amp;reviewed (claimReviewed)</source>
        <translation>Affirmation &amp;vérifiée (claimReviewed)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="121"/>
        <source>The claim as readers will see it (claimReviewed): short, about 75 characters, and never the verdict. Until you write your own, the quote is exported.</source>
        <translation>L&apos;affirmation telle que les lecteurs la verront (claimReviewed) : courte, environ 75 caractères, et jamais le verdict. Tant que vous n&apos;écrivez pas la vôtre, c&apos;est la citation qui est exportée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="124"/>
        <source>from the quote</source>
        <translation>d&apos;après la citation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="126"/>
        <source>Nothing written here yet: the export uses the quote. Edit it to write a short restatement of the claim.</source>
        <translation>Rien n&apos;est encore écrit ici : l&apos;export reprend la citation. Modifiez-la pour reformuler l&apos;affirmation en bref.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="129"/>
        <location filename="../../annotator/ui/messages.py" line="70"/>
        <source>Clai&amp;mant (who said it)</source>
        <translation>&amp;Auteur (qui l&apos;a dit)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="130"/>
        <source>Who made the claim</source>
        <translation>Qui a fait cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="131"/>
        <location filename="../../annotator/ui/messages.py" line="71"/>
        <source>&amp;Date of the claim</source>
        <translation>&amp;Date de l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="132"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="133"/>
        <source>When the claim was made: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Quand l&apos;affirmation a été faite : AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="134"/>
        <location filename="../../annotator/ui/messages.py" line="68"/>
        <location filename="../../annotator/ui/messages.py" line="69"/>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="135"/>
        <location filename="../../annotator/ui/messages.py" line="72"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="136"/>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="137"/>
        <source>Why this verdict: what the sources show</source>
        <translation>Pourquoi ce verdict : ce que montrent les sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="138"/>
        <source>C&amp;orrection</source>
        <translation>C&amp;orrection</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="139"/>
        <source>What is true instead (e.g. 2011)</source>
        <translation>Ce qui est exact (par exemple 2011)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="140"/>
        <location filename="../../annotator/ui/inspector.py" line="160"/>
        <location filename="../../annotator/ui/messages.py" line="73"/>
        <location filename="../../annotator/ui/messages.py" line="74"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="141"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="142"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="144"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="145"/>
        <source>Open the source&apos;s address in the web browser</source>
        <translation>Ouvrir l&apos;adresse de la source dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="146"/>
        <source>Anchor here</source>
        <translation>Ancrer ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="148"/>
        <source>Anchor the claim on the words selected in the article</source>
        <translation>Ancrer l&apos;affirmation sur les mots sélectionnés dans l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="153"/>
        <location filename="../../annotator/ui/inspector.py" line="164"/>
        <source>Claim reviewed</source>
        <translation>Affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="154"/>
        <location filename="../../annotator/ui/inspector.py" line="164"/>
        <source>Claimant</source>
        <translation>Auteur de l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="155"/>
        <location filename="../../annotator/ui/inspector.py" line="165"/>
        <source>Claim date</source>
        <translation>Date de l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="156"/>
        <location filename="../../annotator/ui/inspector.py" line="165"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="157"/>
        <location filename="../../annotator/ui/inspector.py" line="166"/>
        <source>Review status</source>
        <translation>Statut de la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="158"/>
        <location filename="../../annotator/ui/inspector.py" line="166"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="159"/>
        <location filename="../../annotator/ui/inspector.py" line="167"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="169"/>
        <source>Published: only an editor may change this claim now.</source>
        <translation>Publiée : seuls les éditeurs peuvent encore modifier cette affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="170"/>
        <source>Claim inspector</source>
        <translation>Détail de l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="175"/>
        <source>— no verdict yet —</source>
        <translation>— pas encore de verdict —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="241"/>
        <source>changed by {who}, {when}</source>
        <translation>modifié par {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="340"/>
        <source>Only an editor may publish.</source>
        <translation>Seuls les éditeurs peuvent publier.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="379"/>
        <source>This claim moved in a new version of the article.</source>
        <translation>Cette affirmation a changé de place dans une nouvelle version de l&apos;article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="381"/>
        <source>Orphan: the quoted words are no longer in this version of the article. Original context: …{prefix}[{exact}]{suffix}…
Select the right words in the article, then choose Anchor here.</source>
        <translation>Orpheline : les mots cités ne figurent plus dans cette version de l&apos;article. Contexte d&apos;origine : …{prefix}[{exact}]{suffix}…
Sélectionnez les bons mots dans l&apos;article, puis choisissez Ancrer ici.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="465"/>
        <source>longer than about {} characters</source>
        <translation>plus long qu&apos;environ {} caractères</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="468"/>
        <source>contains the verdict “{}”</source>
        <translation>contient le verdict « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="471"/>
        <source>Length of the claim as reviewed</source>
        <translation>Longueur de l&apos;affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/inspector.py" line="487"/>
        <source>Claim date: not a date like 2019-11-27, 2019-11 or 2019: {}</source>
        <translation>Date de l&apos;affirmation : pas une date comme 2019-11-27, 2019-11 ou 2019 : {}</translation>
    </message>
</context>
<context>
    <name>ClaimListPane</name>
    <message>
        <location filename="../../annotator/ui/claimlist.py" line="67"/>
        <source>Claims in this article</source>
        <translation>Affirmations de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/claimlist.py" line="87"/>
        <source>CLAIMS IN THIS ARTICLE</source>
        <translation>AFFIRMATIONS DE L&apos;ARTICLE</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="103"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="105"/>
        <source>{who} changed “{field}” at {when} while you were changing it. Yours is not saved until you choose.</source>
        <translation>{who} a modifié « {field} » à {when} pendant que vous le modifiiez. Votre version n’est pas enregistrée tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="109"/>
        <source>{}:</source>
        <translation>{} :</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="110"/>
        <source>You:</source>
        <translation>Vous :</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="111"/>
        <location filename="../../annotator/ui/conflict.py" line="112"/>
        <location filename="../../annotator/ui/conflict.py" line="119"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="113"/>
        <source>Keep theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/conflict.py" line="114"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../../annotator/ui/databases.py" line="50"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/databases.py" line="51"/>
        <source>Annotator databases (*.db *.sqlite *.annotator);;All files (*)</source>
        <translation>Bases Annotator (*.db *.sqlite *.annotator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/databases.py" line="58"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/databases.py" line="60"/>
        <source>Annotator databases (*.db)</source>
        <translation>Bases Annotator (*.db)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/databases.py" line="64"/>
        <source>{} already exists; open it instead.</source>
        <translation>{} existe déjà ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/databases.py" line="105"/>
        <location filename="../../annotator/ui/databases.py" line="108"/>
        <source>Connecting to {}…</source>
        <translation>Connexion à {}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/databases.py" line="173"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../annotator/ui/edits.py" line="131"/>
        <source>Open an article first.</source>
        <translation>Ouvrez d&apos;abord un article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="135"/>
        <location filename="../../annotator/ui/edits.py" line="229"/>
        <source>Select the words of the claim in the article first.</source>
        <translation>Sélectionnez d&apos;abord les mots de l&apos;affirmation dans l&apos;article.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="140"/>
        <source>Mark claim “{}”</source>
        <translation>Marquer l&apos;affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="151"/>
        <location filename="../../annotator/ui/edits.py" line="224"/>
        <location filename="../../annotator/ui/edits.py" line="244"/>
        <source>Select a claim first.</source>
        <translation>Choisissez d&apos;abord une affirmation.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="153"/>
        <source>Delete claim “{}”</source>
        <translation>Supprimer l&apos;affirmation « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="175"/>
        <source>Edit claim reviewed</source>
        <translation>Modifier l&apos;affirmation vérifiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="176"/>
        <source>Edit claimant</source>
        <translation>Modifier l&apos;auteur de l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="177"/>
        <source>Edit claim date</source>
        <translation>Modifier la date de l&apos;affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="178"/>
        <source>Edit explanation</source>
        <translation>Modifier l&apos;explication</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="179"/>
        <source>Edit correction</source>
        <translation>Modifier la correction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="182"/>
        <source>Set verdict to {}</source>
        <translation>Verdict : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="184"/>
        <source>Set status to {}</source>
        <translation>Statut : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="200"/>
        <source>The selected claim has no proposed place to accept.</source>
        <translation>L&apos;affirmation choisie n&apos;a pas de nouvel ancrage à accepter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="201"/>
        <source>Accept the new place of “{}”</source>
        <translation>Accepter le nouvel ancrage de « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="208"/>
        <source>The selected claim has no proposed place to reject.</source>
        <translation>L&apos;affirmation choisie n&apos;a pas de nouvel ancrage à rejeter.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="209"/>
        <source>Reject the new place of “{}”</source>
        <translation>Rejeter le nouvel ancrage de « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="233"/>
        <source>Anchor “{}” here</source>
        <translation>Ancrer « {} » ici</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="250"/>
        <source>Add source {}</source>
        <translation>Ajouter la source {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="267"/>
        <location filename="../../annotator/ui/edits.py" line="282"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/edits.py" line="296"/>
        <source>Remove source {}</source>
        <translation>Retirer la source {}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="223"/>
        <source>Export reviews</source>
        <translation>Exporter les vérifications</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="233"/>
        <source>ClaimReview XML (RDF/XML, validated)</source>
        <translation>ClaimReview XML (RDF/XML, validé)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="234"/>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="235"/>
        <source>HTML snippet to embed (JSON-LD)</source>
        <translation>Extrait HTML à intégrer (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="236"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="263"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="271"/>
        <source>Problems found before export</source>
        <translation>Problèmes trouvés avant l&apos;export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="279"/>
        <source>Problems (double-click to show the claim)</source>
        <translation>Problèmes (double-clic pour afficher l&apos;affirmation)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="285"/>
        <source>Publisher settings…</source>
        <translation>Paramètres de l&apos;éditeur…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="288"/>
        <source>The organisation and the address of its fact-check pages</source>
        <translation>L&apos;organisation et l&apos;adresse de ses pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="293"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="296"/>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="298"/>
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="304"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="340"/>
        <source>This &amp;article (%n)</source>
        <translation>
            <numerusform>Cet &amp;article (%n)</numerusform>
            <numerusform>Cet &amp;article (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="341"/>
        <source>A&amp;ll reviews (%n)</source>
        <translation>
            <numerusform>&amp;Toutes les vérifications (%n)</numerusform>
            <numerusform>&amp;Toutes les vérifications (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="342"/>
        <source>&amp;Published only (%n)</source>
        <translation>
            <numerusform>&amp;Publiées seulement (%n)</numerusform>
            <numerusform>&amp;Publiées seulement (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="345"/>
        <source>No claim of this article has a verdict yet.</source>
        <translation>Aucune affirmation de cet article n&apos;a encore de verdict.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="346"/>
        <source>No claim has a verdict yet.</source>
        <translation>Aucune affirmation n&apos;a encore de verdict.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="347"/>
        <source>No review is published yet (status Published).</source>
        <translation>Aucune vérification n&apos;est encore publiée (statut Publié).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="364"/>
        <source>Rate a claim first: choose its verdict in the inspector.</source>
        <translation>Évaluez d&apos;abord une affirmation : choisissez son verdict dans le panneau Vérification.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="384"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="394"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="395"/>
        <source>“{}” already exists in {}. Replace it with this export?</source>
        <translation>« {} » existe déjà dans {}. Le remplacer par cet export ?</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="406"/>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="413"/>
        <source>“{}” is a folder: choose a file name.</source>
        <translation>« {} » est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="416"/>
        <source>Nothing was written: the file was kept.</source>
        <translation>Rien n&apos;a été écrit : le fichier a été conservé.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="424"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="447"/>
        <source>Double-click to show the claim in the article</source>
        <translation>Double-cliquez pour afficher l&apos;affirmation dans l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="449"/>
        <source>Double-click to open the publisher settings</source>
        <translation>Double-cliquez pour ouvrir les paramètres de l&apos;éditeur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="453"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="469"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>%n vérification exportée vers {}.</numerusform>
            <numerusform>%n vérifications exportées vers {}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/dialogs.py" line="471"/>
        <source>%n warning(s) listed above.</source>
        <translation>
            <numerusform>%n avertissement ci-dessus.</numerusform>
            <numerusform>%n avertissements ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="482"/>
        <source>Nothing was written: {}</source>
        <translation>Rien n&apos;a été écrit : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="479"/>
        <source>fix the problems listed above.</source>
        <translation>corrigez les problèmes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../annotator/ui/jobrunner.py" line="50"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="212"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="213"/>
        <source>REVIEW</source>
        <translation>VÉRIFICATION</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="311"/>
        <source>Only an editor may change the publisher settings.</source>
        <translation>Seuls les éditeurs peuvent modifier les paramètres de publication.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="326"/>
        <source>Give to</source>
        <translation>Donner à</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="368"/>
        <source>About Annotator</source>
        <translation>À propos d&apos;Annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="370"/>
        <source>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Mark the claims in news articles, rate them, source them and export ClaimReview.&lt;/p&gt;&lt;p&gt;Everything stays in one SQLite file on this computer; nothing is sent over the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annotator {}&lt;/h3&gt;&lt;p&gt;Marquez les affirmations des articles, donnez-leur un verdict, sourcez-les et exportez-les en ClaimReview.&lt;/p&gt;&lt;p&gt;Tout reste dans un fichier SQLite sur cet ordinateur ; rien n&apos;est envoyé sur le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="403"/>
        <source>Connected to {}</source>
        <translation>Connecté à {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/mainwindow.py" line="362"/>
        <source>Publisher settings saved.</source>
        <translation>Paramètres de l&apos;éditeur enregistrés.</translation>
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
    <name>ReadingPane</name>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="85"/>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="93"/>
        <source>No article</source>
        <translation>Aucun article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="94"/>
        <source>Import articles with Ctrl+I, or drop files on this window.</source>
        <translation>Importez des articles avec Ctrl+I, ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="102"/>
        <source>To check by: {}</source>
        <translation>À vérifier par : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="102"/>
        <source>To check by: nobody</source>
        <translation>À vérifier par : personne</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="104"/>
        <source>Give this article to someone to check</source>
        <translation>Donner cet article à vérifier à quelqu’un</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="120"/>
        <source>version {}</source>
        <translation>version {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="135"/>
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/readingpane.py" line="138"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>ReviewHitsPanel</name>
    <message>
        <location filename="../../annotator/ui/searchhits.py" line="177"/>
        <source>ALREADY CHECKED ELSEWHERE</source>
        <translation>DÉJÀ VÉRIFIÉ AILLEURS</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/searchhits.py" line="179"/>
        <source>Open the review</source>
        <translation>Ouvrir la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/searchhits.py" line="180"/>
        <source>Open the fact-check&apos;s page in the web browser</source>
        <translation>Ouvrir la page de la vérification dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/searchhits.py" line="181"/>
        <source>Reviews by other fact-checkers</source>
        <translation>Vérifications d&apos;autres rédactions</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/searchhits.py" line="219"/>
        <source>This review has no web address to open (only http and https are).</source>
        <translation>Cette vérification n&apos;a pas d&apos;adresse web à ouvrir (seules http et https le sont).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="128"/>
        <source>Publisher settings</source>
        <translation>Paramètres de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="134"/>
        <location filename="../../annotator/ui/messages.py" line="53"/>
        <source>Organisation &amp;name</source>
        <translation>&amp;Nom de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="135"/>
        <location filename="../../annotator/ui/messages.py" line="54"/>
        <source>Organisation &amp;web site</source>
        <translation>&amp;Site web de la rédaction</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="136"/>
        <location filename="../../annotator/ui/messages.py" line="55"/>
        <source>&amp;Logo address</source>
        <translation>Adresse du &amp;logo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="137"/>
        <location filename="../../annotator/ui/messages.py" line="56"/>
        <source>Fact-check pages &amp;base address</source>
        <translation>Adresse de &amp;base des pages de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="138"/>
        <location filename="../../annotator/ui/messages.py" line="57"/>
        <source>Language of &amp;exports (fr, en…)</source>
        <translation>Langue des &amp;exports (fr, en…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="141"/>
        <source>The fact-checking organisation (ClaimReview author)</source>
        <translation>La rédaction qui vérifie (auteur ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="143"/>
        <source>A review&apos;s address is this plus a slug of the article title</source>
        <translation>L&apos;adresse d&apos;une vérification est celle-ci suivie d&apos;un identifiant tiré du titre</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="111"/>
        <source>Open a shared database</source>
        <translation>Ouvrir une base partagée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="115"/>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.exemple.org (vide : cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="129"/>
        <source>Default (as libpq decides)</source>
        <translation>Par défaut (comme libpq le décide)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="130"/>
        <source>If the server offers it (prefer)</source>
        <translation>Si le serveur la propose (prefer)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="131"/>
        <source>Required (require)</source>
        <translation>Exigée (require)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="132"/>
        <source>Required, server certificate checked (verify-full)</source>
        <translation>Exigée, certificat du serveur vérifié (verify-full)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="140"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="140"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="141"/>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="141"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="142"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="142"/>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="143"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="147"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="148"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="149"/>
        <source>&amp;Database</source>
        <translation>&amp;Base</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="150"/>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="151"/>
        <source>S&amp;chema (optional)</source>
        <translation>S&amp;chéma (facultatif)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="152"/>
        <source>Secure connection (&amp;TLS)</source>
        <translation>Connexion sécurisée (&amp;TLS)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="153"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="156"/>
        <source>Leave the password empty when the server does not ask for one, or when it comes from PGPASSWORD or ~/.pgpass. It is never saved.</source>
        <translation>Laissez le mot de passe vide si le serveur n&apos;en demande pas, ou s&apos;il vient de PGPASSWORD ou de ~/.pgpass. Il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="220"/>
        <source>Schema: “{}” is not a schema name (lower-case letters, digits and _, starting with a letter).</source>
        <translation>Schéma : « {} » n&apos;est pas un nom de schéma (lettres minuscules, chiffres et _, en commençant par une lettre).</translation>
    </message>
</context>
<context>
    <name>SharedPasswordDialog</name>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="235"/>
        <location filename="../../annotator/ui/shareddb.py" line="240"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="242"/>
        <source>The server asks for the password of {}.</source>
        <translation>Le serveur demande le mot de passe de {}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="246"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/shareddb.py" line="247"/>
        <source>It is kept for this session only, never saved.</source>
        <translation>Il est gardé pour cette session seulement, jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>SimilarPanel</name>
    <message>
        <location filename="../../annotator/ui/panels.py" line="101"/>
        <source>Similar claims already checked</source>
        <translation>Affirmations semblables déjà vérifiées</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="106"/>
        <source>us</source>
        <translation>nous</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="107"/>
        <source>Already checked by {}</source>
        <translation>Déjà vérifié par {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="164"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="166"/>
        <source>Open the review in the web browser: {}</source>
        <translation>Ouvrir la vérification dans le navigateur : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="168"/>
        <source>Open the review</source>
        <translation>Ouvrir la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="174"/>
        <source>Show</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="176"/>
        <source>Go to that claim</source>
        <translation>Voir cette affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/panels.py" line="175"/>
        <source>Show the earlier claim and its review</source>
        <translation>Afficher l&apos;affirmation antérieure et sa vérification</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="47"/>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="47"/>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="53"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="62"/>
        <source>&amp;Address (http or https)</source>
        <translation>&amp;Adresse (http ou https)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="63"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="64"/>
        <source>&amp;Publisher</source>
        <translation>&amp;Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="65"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="66"/>
        <source>&amp;Quoted passage</source>
        <translation>&amp;Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="93"/>
        <source>The address is required.</source>
        <translation>L&apos;adresse est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="97"/>
        <source>Only web addresses starting with http:// or https:// are accepted.</source>
        <translation>Seules les adresses web commençant par http:// ou https:// sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs.py" line="99"/>
        <source>The date must look like 2011-05-02, 2011-05 or 2011.</source>
        <translation>La date doit ressembler à 2011-05-02, 2011-05 ou 2011.</translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <location filename="../../annotator/ui/team.py" line="95"/>
        <source>Me ({})</source>
        <translation>Moi ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/team.py" line="106"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/team.py" line="111"/>
        <source>Someone else…</source>
        <translation>Quelqu’un d’autre…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/team.py" line="116"/>
        <source>Give the article to</source>
        <translation>Donner l’article à</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/team.py" line="116"/>
        <source>Login name:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/team.py" line="130"/>
        <source>The article is now {}’s to check.</source>
        <translation>L’article est maintenant à vérifier par {}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/team.py" line="132"/>
        <source>Nobody has the article now.</source>
        <translation>L’article n’est plus attribué à personne.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../annotator/ui/terms.py" line="39"/>
        <location filename="../../annotator/ui/terms.py" line="43"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="39"/>
        <location filename="../../annotator/ui/terms.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="39"/>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="39"/>
        <location filename="../../annotator/ui/terms.py" line="40"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="40"/>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="40"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="44"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="46"/>
        <source>Quoted passage</source>
        <translation>Passage cité</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="56"/>
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="64"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="65"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="66"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="68"/>
        <source>moved in a new version</source>
        <translation>déplacée dans une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="69"/>
        <source>anchor to check</source>
        <translation>ancrage à vérifier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="70"/>
        <source>orphan: no longer in the text</source>
        <translation>orpheline : n&apos;est plus dans le texte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/terms.py" line="74"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="74"/>
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/terms.py" line="80"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/terms.py" line="82"/>
        <source>%n orphan(s)</source>
        <translation>
            <numerusform>%n orpheline</numerusform>
            <numerusform>%n orphelines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/terms.py" line="108"/>
        <source>Correction: {}</source>
        <translation>Correction : {}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../annotator/ui/messages.py" line="79"/>
        <source>Fact-check page address</source>
        <translation>Adresse de la page de vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="80"/>
        <location filename="../../annotator/ui/messages.py" line="81"/>
        <source>Rating scale</source>
        <translation>Échelle de notation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="82"/>
        <location filename="../../annotator/ui/messages.py" line="83"/>
        <source>Article address</source>
        <translation>Adresse de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="84"/>
        <source>Article date</source>
        <translation>Date de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="85"/>
        <source>Publication date of the review</source>
        <translation>Date de publication de la vérification</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="96"/>
        <source>source {}: “{}” is not a complete web address (http:// or https://)</source>
        <translation>source {} : « {} » n&apos;est pas une adresse web complète (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="98"/>
        <source>“{}” is not a complete web address (http:// or https://)</source>
        <translation>« {} » n&apos;est pas une adresse web complète (http:// ou https://)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="102"/>
        <source>source {}: “{}” is not a date like 2019-11-27, 2019-11 or 2019</source>
        <translation>source {} : « {} » n&apos;est pas une date comme 2019-11-27, 2019-11 ou 2019</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="104"/>
        <source>“{}” is not a date like 2019-11-27, 2019-11 or 2019</source>
        <translation>« {} » n&apos;est pas une date comme 2019-11-27, 2019-11 ou 2019</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="107"/>
        <source>missing (set the base address of your pages in Publisher settings…)</source>
        <translation>manquante (indiquez l&apos;adresse de base de vos pages dans Paramètres de l&apos;éditeur…)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="114"/>
        <source>%n review address(es) use the provisional address {} (set yours in Publisher settings…)</source>
        <translation>
            <numerusform>%n adresse de vérification utilise l&apos;adresse provisoire {} (indiquez la vôtre dans Paramètres de l&apos;éditeur…)</numerusform>
            <numerusform>%n adresses de vérification utilisent l&apos;adresse provisoire {} (indiquez la vôtre dans Paramètres de l&apos;éditeur…)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="119"/>
        <source>empty (restate the claim in a few words)</source>
        <translation>vide (reformulez l&apos;affirmation en quelques mots)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="121"/>
        <source>{} characters, Google recommends about {} (write a shorter restatement)</source>
        <translation>{} caractères, Google en recommande environ {} (reformulez plus court)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="124"/>
        <source>contains the verdict “{}” (it states the claim, never the verdict)</source>
        <translation>contient le verdict « {} » (elle énonce l&apos;affirmation, jamais le verdict)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="127"/>
        <source>%n claim(s) without a verdict yet, not exported</source>
        <translation>
            <numerusform>%n affirmation sans verdict pour l&apos;instant, non exportée</numerusform>
            <numerusform>%n affirmations sans verdict pour l&apos;instant, non exportées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="132"/>
        <source>none (rate the claim before exporting)</source>
        <translation>aucun (évaluez l&apos;affirmation avant d&apos;exporter)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="141"/>
        <source>this verdict has no number on the scale (only its name is exported)</source>
        <translation>ce verdict n&apos;a pas de note dans l&apos;échelle (seul son nom est exporté)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="144"/>
        <source>the scale&apos;s numbers are not usable and are not exported (the best must be above the worst, the worst at least 1)</source>
        <translation>les notes de l&apos;échelle sont inutilisables et ne sont pas exportées (la meilleure doit dépasser la pire, la pire valoir au moins 1)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="147"/>
        <source>not filled in (who made the claim?)</source>
        <translation>non renseigné (qui a fait cette affirmation ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="149"/>
        <source>not filled in (when was the claim made?)</source>
        <translation>non renseignée (quand l&apos;affirmation a-t-elle été faite ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="151"/>
        <source>none (where did the claim appear?)</source>
        <translation>aucune (où l&apos;affirmation a-t-elle paru ?)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="153"/>
        <source>none yet (it is set when the status becomes Published)</source>
        <translation>aucune pour l&apos;instant (elle est fixée quand le statut passe à Publié)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="158"/>
        <source>not filled in (the organisation that signs the reviews; set it in Publisher settings…)</source>
        <translation>non renseigné (l&apos;organisation qui signe les vérifications ; indiquez-le dans Paramètres de l&apos;éditeur…)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="162"/>
        <source>reviewed by {}, not by us: not exported (write your own verdict or explanation to make it yours)</source>
        <translation>vérifiée par {}, pas par nous : non exportée (écrivez votre propre verdict ou explication pour qu’elle devienne la vôtre)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="166"/>
        <source>the article changed since this claim was reviewed: accept or reject its new place first</source>
        <translation>l’article a changé depuis la vérification de cette affirmation : acceptez ou rejetez d’abord sa nouvelle place</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="203"/>
        <source>Nothing was written: %n problem(s) must be fixed first (see the details).</source>
        <translation>
            <numerusform>Rien n&apos;a été écrit : %n problème est à corriger d&apos;abord (voir les détails).</numerusform>
            <numerusform>Rien n&apos;a été écrit : %n problèmes sont à corriger d&apos;abord (voir les détails).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="229"/>
        <source>{who} changed this claim at {when}, after you opened it: nothing of yours was written over it. Here it is as it is now; make your change again if it still applies.</source>
        <translation>{who} a modifié cette affirmation à {when}, après que vous l’avez ouverte : rien de votre part n’a été écrit par-dessus. La voici telle qu’elle est maintenant ; refaites votre modification si elle vaut toujours.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="232"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="237"/>
        <source>publish a claim</source>
        <translation>publier une affirmation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="238"/>
        <location filename="../../annotator/ui/messages.py" line="239"/>
        <source>change a published claim</source>
        <translation>modifier une affirmation publiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="240"/>
        <source>delete a published claim</source>
        <translation>supprimer une affirmation publiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="242"/>
        <source>change the sources of a published claim</source>
        <translation>modifier les sources d’une affirmation publiée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="247"/>
        <source>Only an editor may {}. Ask an editor, or your administrator for the editor role. Nothing was changed.</source>
        <translation>Seuls les éditeurs peuvent {}. Demandez-le à un éditeur, ou demandez le rôle d’éditeur à votre administrateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="251"/>
        <source>Your role on this shared database does not allow this change. Nothing was changed.</source>
        <translation>Votre rôle sur cette base partagée ne permet pas cette modification. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="267"/>
        <source>The connection to the server was lost during the import, while it saved a batch of articles: whether that batch is in the database is not known; the %n article(s) imported before it are. Import again to add what is missing (what is there already counts as duplicates).</source>
        <translation>
            <numerusform>La connexion au serveur a été perdue pendant l&apos;import, alors qu&apos;il enregistrait un lot d&apos;articles : on ne sait pas si ce lot est dans la base ; l&apos;article importé avant lui y est. Importez à nouveau pour ajouter ce qui manque (ce qui y est déjà compte comme doublon).</numerusform>
            <numerusform>La connexion au serveur a été perdue pendant l&apos;import, alors qu&apos;il enregistrait un lot d&apos;articles : on ne sait pas si ce lot est dans la base ; les %n articles importés avant lui y sont. Importez à nouveau pour ajouter ce qui manque (ce qui y est déjà compte comme doublon).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="275"/>
        <source>The connection to the server was lost during the import, while it saved the first batch of articles: whether that batch is in the database is not known. Import again to add what is missing (what is there already counts as duplicates).</source>
        <translation>La connexion au serveur a été perdue pendant l&apos;import, alors qu&apos;il enregistrait le premier lot d&apos;articles : on ne sait pas si ce lot est dans la base. Importez à nouveau pour ajouter ce qui manque (ce qui y est déjà compte comme doublon).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/messages.py" line="282"/>
        <source>The connection to the server was lost during the import: nothing of the batch of articles being written was saved; the %n article(s) imported before it are in the database. Import again to add the rest.</source>
        <translation>
            <numerusform>La connexion au serveur a été perdue pendant l&apos;import : rien du lot d&apos;articles en cours d&apos;écriture n&apos;a été enregistré ; l&apos;article importé avant lui est dans la base. Importez à nouveau pour ajouter le reste.</numerusform>
            <numerusform>La connexion au serveur a été perdue pendant l&apos;import : rien du lot d&apos;articles en cours d&apos;écriture n&apos;a été enregistré ; les %n articles importés avant lui sont dans la base. Importez à nouveau pour ajouter le reste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="289"/>
        <source>The connection to the server was lost during the import, before its first batch of articles was saved: none of them is in the database. Import again.</source>
        <translation>La connexion au serveur a été perdue pendant l&apos;import, avant que son premier lot d&apos;articles soit enregistré : aucun n&apos;est dans la base. Importez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="295"/>
        <source>the server refused this user name or password.</source>
        <translation>le serveur a refusé ce nom d&apos;utilisateur ou ce mot de passe.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="296"/>
        <source>the server has no database of this name.</source>
        <translation>le serveur n&apos;a aucune base de ce nom.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="297"/>
        <source>the server has no user of this name.</source>
        <translation>le serveur n&apos;a aucun utilisateur de ce nom.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="299"/>
        <source>no server answers at this address (is it running? is the port right?).</source>
        <translation>aucun serveur ne répond à cette adresse (est-il démarré ? le port est-il le bon ?).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="301"/>
        <source>no server of this name is known (check its name).</source>
        <translation>aucun serveur de ce nom n&apos;est connu (vérifiez son nom).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="303"/>
        <source>the server did not answer in time (check its name and the network).</source>
        <translation>le serveur n&apos;a pas répondu à temps (vérifiez son nom et le réseau).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="306"/>
        <source>the secure connection (TLS) failed; ask your IT department which TLS choice this server needs.</source>
        <translation>la connexion sécurisée (TLS) a échoué ; demandez à votre service informatique quel choix TLS ce serveur demande.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="309"/>
        <source>the server refused the connection.</source>
        <translation>le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="311"/>
        <source>this database is not prepared for Annotator: run “annotator newsroom init” on it once (README, “For a team”).</source>
        <translation>cette base n&apos;est pas préparée pour Annotator : lancez une fois « annotator newsroom init » sur elle (README, « For a team »).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="315"/>
        <source>this database must be upgraded for this version of Annotator: run “annotator newsroom init” on it again.</source>
        <translation>cette base doit être mise à niveau pour cette version d&apos;Annotator : relancez « annotator newsroom init » sur elle.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="319"/>
        <source>this database was written by a newer version of Annotator; update Annotator to open it.</source>
        <translation>cette base a été écrite par une version plus récente d&apos;Annotator ; mettez Annotator à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="323"/>
        <source>the connection to the server was lost; the change under way was not saved (none of it), what was saved before is kept.</source>
        <translation>la connexion au serveur a été perdue ; la modification en cours n&apos;a pas été enregistrée (rien d&apos;elle), ce qui l&apos;avait été avant est conservé.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="327"/>
        <source>the connection to the server was lost while it saved the last change: whether it was saved is not known. Look, or do it again.</source>
        <translation>la connexion au serveur a été perdue pendant qu&apos;il enregistrait la dernière modification : on ne sait pas si elle l&apos;a été. Vérifiez, ou refaites-la.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="110"/>
        <source>{} is already the address of another review in this export</source>
        <translation>{} est déjà l&apos;adresse d&apos;une autre vérification de cet export</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="112"/>
        <source>the claim is not saved yet</source>
        <translation>l&apos;affirmation n&apos;est pas encore enregistrée</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="135"/>
        <source>the verdict “{}” is not on the rating scale</source>
        <translation>le verdict « {} » n&apos;est pas dans l&apos;échelle de notation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="138"/>
        <source>the verdict “{}” has no name on the rating scale</source>
        <translation>le verdict « {} » n&apos;a pas de nom dans l&apos;échelle de notation</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="155"/>
        <source>unknown status “{}”</source>
        <translation>statut inconnu « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="156"/>
        <source>source {} has no address</source>
        <translation>la source {} n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="169"/>
        <source>“{}” is not a language code like fr or en</source>
        <translation>« {} » n&apos;est pas un code de langue comme fr ou en</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="176"/>
        <source>the file would break the ClaimReview profile (line {}); nothing was written</source>
        <translation>le fichier ne respecterait pas le profil ClaimReview (ligne {}) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="181"/>
        <location filename="../../annotator/ui/messages.py" line="293"/>
        <location filename="../../annotator/ui/messages.py" line="334"/>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="184"/>
        <source>“{}” in “{}”</source>
        <translation>« {} » dans « {} »</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="191"/>
        <source>Nothing to export: “{}” has no published review.</source>
        <translation>Rien à exporter : « {} » n&apos;a aucune vérification publiée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="194"/>
        <source>Nothing to export: “{}” has no claim with a verdict yet.</source>
        <translation>Rien à exporter : « {} » n&apos;a encore aucune affirmation évaluée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="198"/>
        <source>Nothing to export: no review is published yet.</source>
        <translation>Rien à exporter : aucune vérification n&apos;est encore publiée.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="199"/>
        <source>Nothing to export: no claim has a verdict yet.</source>
        <translation>Rien à exporter : aucune affirmation n&apos;a encore de verdict.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="212"/>
        <source>{}: only complete web addresses starting with http:// or https:// are accepted.</source>
        <translation>{} : seules les adresses web complètes commençant par http:// ou https:// sont acceptées.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="215"/>
        <source>{}: not a language code like fr or en.</source>
        <translation>{} : ce n&apos;est pas un code de langue comme fr ou en.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="217"/>
        <source>{}: must not be empty.</source>
        <translation>{} : ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="219"/>
        <source>{}: this value is refused ({}).</source>
        <translation>{} : cette valeur est refusée ({}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/messages.py" line="223"/>
        <source>Only complete web addresses starting with http:// or https:// are accepted.</source>
        <translation>Seules les adresses web complètes commençant par http:// ou https:// sont acceptées.</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="43"/>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="44"/>
        <source>Articles ({})</source>
        <translation>Articles ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="50"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="61"/>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="67"/>
        <source>Imported {}, duplicates {}, failed {}</source>
        <translation>Importés : {}, doublons : {}, échecs : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="71"/>
        <location filename="../../annotator/ui/transfers.py" line="126"/>
        <source>(cancelled)</source>
        <translation>(annulé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="81"/>
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé ; les autres l&apos;ont été.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés ; les autres l&apos;ont été.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="88"/>
        <source>%n file(s) imported with a repair (see the details).</source>
        <translation>
            <numerusform>%n fichier importé avec une réparation (voir le détail).</numerusform>
            <numerusform>%n fichiers importés avec une réparation (voir le détail).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="101"/>
        <source>Import reviews (ClaimReview)</source>
        <translation>Importer des vérifications (ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="102"/>
        <source>ClaimReview files ({})</source>
        <translation>Fichiers ClaimReview ({})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="114"/>
        <source>Importing reviews…</source>
        <translation>Import des vérifications…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="120"/>
        <source>Reviews imported: {} attached to articles, {} external (other fact-checkers), {} failed</source>
        <translation>Vérifications importées : {} rattachées à des articles, {} externes (autres rédactions), {} en échec</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="124"/>
        <source>({} were already there)</source>
        <translation>({} étaient déjà là)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="139"/>
        <source>%n review(s) or file(s) could not be read (see the details); the others were imported.</source>
        <translation>
            <numerusform>%n vérification ou fichier n&apos;a pas pu être lu (voir le détail) ; les autres ont été importés.</numerusform>
            <numerusform>%n vérifications ou fichiers n&apos;ont pas pu être lus (voir le détail) ; les autres ont été importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="156"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/transfers.py" line="167"/>
        <source>Exporting reviews…</source>
        <translation>Export des vérifications…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/transfers.py" line="170"/>
        <source>Exported %n review(s) to {}.</source>
        <translation>
            <numerusform>%n vérification exportée vers {}.</numerusform>
            <numerusform>%n vérifications exportées vers {}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../annotator/ui/app.py" line="114"/>
        <source>Internal error: {}</source>
        <translation>Erreur interne : {}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/app.py" line="162"/>
        <source>Password for {}:</source>
        <translation>Mot de passe pour {} :</translation>
    </message>
</context>
</TS>
