"""How much a page shows of what grows with the dossier; the rest is counted and linked."""

MAX_ARTICLE_COLUMNS = 24  # above this, comparison tables have one column per outlet
SHARED_ON_ARTICLE = 5  # shared passages shown on an article page (the longest)
ARTICLES_ON_OVERVIEW = 15  # the latest articles listed on the overview (all are on the articles page)
QUOTES_ABOUT_ON_ACTOR = 40  # quotes from paragraphs naming an actor shown on its page (the latest)
LOADED_PER_WORD = 4  # places shown for each loaded word on the comparison page (different articles first)
SHARED_ON_COMPARISON = 40  # shared passages and passage groups shown on the comparison page
