"""The /watch page, in Russian: each watched source's state, and the saved searches with
the addresses of their Atom feeds."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from coopwatch.api.deps import SessionDep, SettingsDep
from coopwatch.api.routes.watching import source_report
from coopwatch.store import searches
from coopwatch.web.layout import esc, link, page, section, table, tag

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

STATUS_NAMES = {
    "ok": "прочитан", "not_modified": "без изменений (304)", "stopped": "прерван",
    "bad_listing": "не лента и не карта сайта", "http_error": "ошибка HTTP",
    "timeout": "нет ответа", "network_error": "нет связи", "too_large": "слишком большой",
    "robots_disallowed": "запрещён robots.txt", "redirect_loop": "петля переадресаций",
    "too_many_redirects": "много переадресаций",
}
KIND_NAMES = {"feed": "лента", "sitemap": "карта сайта", "events": "события",
              "figures": "показатели"}


@router.get("/watch")
def watch_page(session: SessionDep, settings: SettingsDep) -> str:
    """Sources (last fetch, new documents, errors, next run) and saved searches."""
    sources = source_report(session, settings)
    saved = searches.list_searches(session)
    body = (
        tag("h1", esc("Наблюдение за источниками"))
        + section("Источники", table(
            ["источник", "вид", "последний запрос", "итог", "новых документов", "всего",
             "ошибок", "последняя ошибка", "следующий запуск"],
            [_source_row(source) for source in sources], class_="sources")
            if sources else tag("p", esc(
                "Источников нет: добавьте таблицы [[coopwatch.sources]] в файл настроек.")))
        + section("Сохранённые поиски", table(
            ["название", "что", "условия", "лента Atom"],
            [(esc(s.name), esc(KIND_NAMES.get(s.kind, s.kind)),
              tag("code", esc(json.dumps(s.to_json()["filters"], ensure_ascii=False))),
              link(f"/api/feeds/{s.name}", f"/api/feeds/{s.name}")) for s in saved],
            class_="searches")
            if saved else tag("p", esc("Сохранённых поисков нет: coopwatch searches save …")))
    )
    return page("coopwatch: наблюдение", body)


def _source_row(source: dict[str, Any]) -> tuple[str, ...]:
    status = source["last_status"]
    return (
        link(source["url"], source["name"]),
        esc(KIND_NAMES.get(source["kind"] or "", source["kind"])),
        esc(_moment(source["last_fetch_at"])),
        esc(STATUS_NAMES.get(status, status) if status else None),
        esc(source["new_documents"]), esc(source["documents"]), esc(source["errors"]),
        esc(source["last_error"]) if source["last_error"] else esc(None),
        esc(_moment(source["next_run_at"])),
    )


def _moment(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else None
