"""Small builders used by the actor data modules."""
from common import fold

OFFICES = {
    "hos": "head-of-state", "hog": "head-of-government", "fm": "foreign-minister", "dm": "defence-minister",
    "minister": "minister", "spokesperson": "spokesperson", "ambassador": "ambassador", "envoy": "envoy",
    "adviser": "adviser", "org": "organisation-head", "official": "official", "legislator": "legislator",
    "institution": "institution",
}


def T(office, title, country, start, end=None):
    return [{"office": OFFICES[office], "title": title, "country": country, "start": start, "end": end}]


def HH(title, country, start, end=None):
    """Presidential systems: the president is head of state and head of government."""
    return T("hos", title, country, start, end) + T("hog", title, country, start, end)


def _dedupe(seq):
    out, seen = [], set()
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


# folded spellings that are ordinary English words and must not become aliases
NO_FOLD = {"Store"}


def P(name, gender, aliases, *terms, note=None, ref=(), country=None):
    flat = [t for ts in terms for t in ts]
    als = [name] + list(aliases)
    als += [fold(a) for a in als if fold(a) not in NO_FOLD]
    return {"kind": "person", "name": name, "gender": gender, "aliases": _dedupe(als), "terms": flat,
            "_note": note, "_ref": list(ref), "_country": country}


def I(name, country, aliases, title, slug_=None, note=None):
    als = list(aliases)
    als += [fold(a) for a in als]
    return {"kind": "institution", "name": name, "gender": None, "aliases": _dedupe(als),
            "terms": T("institution", title, country, None, None), "_note": note, "_ref": [], "_country": country,
            "_slug": slug_}
