"""Reprints: near-duplicate documents found with MinHash and LSH (datasketch).

A document's signature is a MinHash (`NUM_PERM` permutations, 32-bit values) of its word shingles:
every run of `SHINGLE` consecutive lowercase words (`ё` read as `е`). Two documents
whose estimated Jaccard similarity reaches `THRESHOLD` are reprints of each other: the
same press release under another headline, with another byline or «Поделиться:» tail.

Signatures are stored (`document_signatures`), so that reprints are found across
ingest runs. The LSH index itself lives in memory: `ReprintIndex.load` rebuilds it from
the stored signatures at the start of a batch (about 1 KB and a few microseconds per
document: fine up to some 100k documents; beyond that, keep the index in a server
such as Redis, which datasketch supports). A batch writer passes one index to every
`save_document` call and the index learns each saved document.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from coopwatch.store.models import DocumentSignatureRow

if TYPE_CHECKING:  # datasketch (and the scipy it loads) is imported when first used
    from datasketch import MinHash

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme: 32-bit values, pinned for stored ones
SHINGLE = 5
THRESHOLD = 0.7
WORD = re.compile(r"\w+")
HASH_BYTES = np.dtype("<u4")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Every run of `size` consecutive words (the whole text if it is shorter)."""
    words = WORD.findall(text.lower().replace("ё", "е"))
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    """The MinHash of a text's shingles."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(sorted(shingles(text)))
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype=HASH_BYTES).tobytes()


def from_bytes(data: bytes, num_perm: int = NUM_PERM) -> MinHash:
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=HASH_BYTES).astype(np.uint32)
    return MinHash(num_perm=num_perm, hashvalues=values, scheme=SCHEME)


class ReprintIndex:
    """Stored documents' signatures in an LSH index, queried for near-duplicates."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    @classmethod
    def load(cls, session: Session, threshold: float = THRESHOLD) -> ReprintIndex:
        """An index of every signature in the store."""
        index = cls(threshold)
        rows = session.execute(select(DocumentSignatureRow.document_id,
                                      DocumentSignatureRow.num_perm,
                                      DocumentSignatureRow.hashvalues))
        for doc_id, num_perm, data in rows:
            if num_perm == NUM_PERM:
                index.add(doc_id, from_bytes(data, num_perm))
        return index

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._signatures

    def add(self, doc_id: str, minhash: MinHash) -> None:
        if doc_id not in self._signatures:
            self._lsh.insert(doc_id, minhash)
            self._signatures[doc_id] = minhash

    def similar(self, minhash: MinHash) -> list[tuple[str, float]]:
        """Documents at least `threshold` similar, the most similar first."""
        scored = [(doc_id, float(minhash.jaccard(self._signatures[doc_id])))
                  for doc_id in self._lsh.query(minhash)]
        kept = [(doc_id, score) for doc_id, score in scored if score >= self.threshold]
        return sorted(kept, key=lambda item: (-item[1], item[0]))


def save_signature(session: Session, *, doc_id: str, minhash: MinHash) -> None:
    session.merge(DocumentSignatureRow(document_id=doc_id, num_perm=NUM_PERM,
                                       hashvalues=to_bytes(minhash)))
