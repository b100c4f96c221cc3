"""/docs (Swagger UI) and /redoc (ReDoc) with no CDN: their assets come from the
`fastapi-offline` package on PyPI, served under /static/apidocs, and the pages run no
inline script, so they work offline and under the Content-Security-Policy.

ReDoc's bundle names one outside address, the image of its «API docs by Redocly» link;
it is served with that address pointing at the package's local icon instead. ReDoc's
search runs in a worker made from a blob, which the policy forbids: it is turned off.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

ASSETS_PATH = "/static/apidocs"
ASSETS_DIR = Path(str(files("fastapi_offline") / "static"))

REDOC_SCRIPT = "/static/redoc.js"
REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@cache
def _redoc_bundle() -> bytes:
    text = (ASSETS_DIR / "redoc.standalone.js").read_text("utf-8")
    return text.replace(REDOC_LOGO, f"{ASSETS_PATH}/favicon.png").encode("utf-8")


@router.get(REDOC_SCRIPT)
def redoc_script() -> Response:
    """ReDoc's bundle with its one outside address made local."""
    return Response(_redoc_bundle(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "public, max-age=86400"})


def _page(title: str, head: str, body: str) -> str:
    return ('<!doctype html><html lang="ru"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title>"
            f'<link rel="icon" href="{ASSETS_PATH}/favicon.png">{head}</head>'
            f"<body>{body}</body></html>")


@router.get("/docs")
def swagger_ui() -> str:
    """The OpenAPI page to try the API in (Swagger UI, started by /static/swagger-init.js)."""
    return _page(
        "coopwatch API — Swagger UI",
        f'<link rel="stylesheet" href="{ASSETS_PATH}/swagger-ui.css">',
        '<div id="swagger-ui" data-spec="/openapi.json"></div>'
        f'<script src="{ASSETS_PATH}/swagger-ui-bundle.js"></script>'
        '<script src="/static/swagger-init.js"></script>',
    )


@router.get("/redoc")
def redoc() -> str:
    """The OpenAPI reference to read (ReDoc reads the spec URL from its element)."""
    return _page(
        "coopwatch API — ReDoc", "",
        '<redoc spec-url="/openapi.json" disable-search></redoc>'
        f'<script src="{REDOC_SCRIPT}"></script>',
    )
