"""MkDocs hook: code blocks out of the search index, their names and error lines kept
(inside_pytorch/search.py says why)."""

from mkdocs.plugins import event_priority

from inside_pytorch.search import (index_names_only, on_page_markdown,  # noqa: F401
                                   on_post_build, remove_names)


def on_page_content(html, page, config, files):
    return html if (page.meta.get("search") or {}).get("exclude") else index_names_only(html)


@event_priority(-100)  # after the search plugin has read the page
def on_page_context(context, page, config, nav):
    page.content = remove_names(page.content)
    return context
