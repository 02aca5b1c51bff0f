"""The rewrite helper process (see publisher.plain.helper): python -m publisher.plain."""

from publisher.plain.helper import serve

raise SystemExit(serve())
