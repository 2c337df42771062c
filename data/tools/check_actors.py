#!/usr/bin/env python3
"""Validate data/actors.csv (the actor gazetteer).

Usage: python3 data/tools/check_actors.py [path/to/actors.csv]
Exits non-zero and lists every problem found; prints a summary when clean.
"""
import csv
import os
import re
import sys
from collections import Counter, defaultdict

HEADER = ["actor", "kind", "aliases", "demonyms", "speaks_for", "exclude"]
KINDS = {"state", "observer_state", "territory", "bloc", "organisation",
         "armed_group", "political_group", "person"}
MIN_ROWS = 250

# The 193 UN member states, spelled as canonical names in actors.csv.
UN_MEMBERS = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|
Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|
Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|
Chad|Chile|China|Colombia|Comoros|Republic of the Congo|Costa Rica|Ivory Coast|
Croatia|Cuba|Cyprus|Czech Republic|North Korea|Democratic Republic of the Congo|
Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|
Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|
Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|
Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|
Qatar|South Korea|Moldova|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|
Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|
Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|
Sweden|Switzerland|Syria|Tajikistan|Thailand|East Timor|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|
United Arab Emirates|United Kingdom|Tanzania|United States|Uruguay|Uzbekistan|
Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe
"""
UN_MEMBERS = [s.strip() for s in UN_MEMBERS.replace("\n", "").split("|") if s.strip()]
UN_OBSERVERS = ["Palestine", "Vatican City"]
OTHER_REQUIRED = ["Taiwan", "Kosovo"]


def split(field):
    return [p for p in field.split("|")] if field != "" else []


def main(path):
    errors = []
    err = errors.append

    assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)
    assert len(set(UN_MEMBERS)) == 193

    with open(path, "rb") as fb:
        raw = fb.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"not UTF-8: {e}")
        return 1
    if text.startswith("\ufeff"):
        err("file starts with a BOM")
    if "\r" in text:
        err("file contains CR characters (use LF line endings)")

    rows = list(csv.reader(text.splitlines()))
    if not rows or rows[0] != HEADER:
        err(f"header must be exactly {','.join(HEADER)}; got {rows[0] if rows else None}")
        rows = rows[1:] if rows else []
    else:
        rows = rows[1:]

    canon = {}            # canonical name -> line no
    kinds = {}
    owner = {}            # lowercased surface form -> (actor, what)
    tilde = []            # (actor, alias, excludes)
    speaks = []

    def claim(form, actor, what, line):
        key = form.lower()
        if key in owner and owner[key][0] != actor:
            o_actor, o_what = owner[key]
            err(f"line {line}: {what} '{form}' of '{actor}' already used as {o_what} of '{o_actor}'")
        elif key not in owner:
            owner[key] = (actor, what)

    # first pass: canonical names (so aliases can be checked against them)
    for i, r in enumerate(rows, start=2):
        if len(r) != len(HEADER):
            err(f"line {i}: expected {len(HEADER)} fields, got {len(r)}: {r}")
            continue
        a = r[0]
        if a != a.strip() or not a:
            err(f"line {i}: empty or padded actor name '{a}'")
        if a in canon:
            err(f"line {i}: duplicate actor '{a}' (first on line {canon[a]})")
        canon[a] = i
        kinds[a] = r[1]
        claim(a, a, "canonical name", i)

    for i, r in enumerate(rows, start=2):
        if len(r) != len(HEADER):
            continue
        actor, kind, aliases, demonyms, speaks_for, exclude = r
        if kind not in KINDS:
            err(f"line {i}: '{actor}' has unknown kind '{kind}'")

        al = split(aliases)
        seen = set()
        tilde_forms = []
        for x in al:
            if x == "" or x != x.strip() or x in ("~",):
                err(f"line {i}: '{actor}' has an empty or padded alias '{x}'")
                continue
            if x.count("~") > 1 or ("~" in x and not x.startswith("~")):
                err(f"line {i}: '{actor}' alias '{x}': '~' only allowed as prefix")
            bare = x[1:] if x.startswith("~") else x
            # case variants ("al-Shabaab"/"Al-Shabaab") are deliberate: the
            # matcher is case-sensitive, so only exact repeats are errors
            if bare in seen:
                err(f"line {i}: '{actor}' lists alias '{bare}' twice")
            seen.add(bare)
            if x.startswith("~"):
                tilde_forms.append(bare)
            elif bare == actor:
                err(f"line {i}: '{actor}' lists its own canonical name as an unmarked alias")
            if re.fullmatch(r"[a-z]+", bare):
                err(f"line {i}: '{actor}' alias '{bare}' is a single lowercase word")
            if len(bare) < 2:
                err(f"line {i}: '{actor}' alias '{bare}' is too short")
            if bare != actor:
                claim(bare, actor, "alias", i)

        dem = split(demonyms)
        if dem and kind in ("person", "armed_group", "political_group"):
            err(f"line {i}: '{actor}' ({kind}) should have no demonyms")
        for d in dem:
            if not d or d != d.strip() or "~" in d:
                err(f"line {i}: '{actor}' has a bad demonym '{d}'")
                continue
            if d in seen:
                # same surface form as one of its own aliases: harmless but redundant
                err(f"line {i}: '{actor}' demonym '{d}' repeats one of its aliases")
            claim(d, actor, "demonym", i)

        if kind == "person":
            if not speaks_for:
                err(f"line {i}: person '{actor}' has no speaks_for")
            speaks.append((i, actor, speaks_for))
        elif speaks_for:
            err(f"line {i}: non-person '{actor}' has speaks_for '{speaks_for}'")

        ex = split(exclude)
        if ex and not tilde_forms:
            err(f"line {i}: '{actor}' has exclude phrases but no '~' alias")
        for e in ex:
            if not e or e != e.strip() or "~" in e:
                err(f"line {i}: '{actor}' has a bad exclude phrase '{e}'")
                continue
            if not any(t.lower() in e.lower() for t in tilde_forms):
                err(f"line {i}: '{actor}' exclude phrase '{e}' contains none of its '~' aliases {tilde_forms}")
            if e.lower() in {t.lower() for t in tilde_forms}:
                err(f"line {i}: '{actor}' exclude phrase '{e}' equals a '~' alias (would veto every match)")
        for t in tilde_forms:
            tilde.append((actor, t, ex))

    for i, actor, sf in speaks:
        if sf and sf not in canon:
            err(f"line {i}: '{actor}' speaks_for unknown actor '{sf}'")
        elif sf and kinds.get(sf) == "person":
            err(f"line {i}: '{actor}' speaks_for a person '{sf}'")
        elif sf == actor:
            err(f"line {i}: '{actor}' speaks for itself")

    for s in UN_MEMBERS:
        if s not in canon:
            err(f"UN member state missing: '{s}'")
        elif kinds[s] != "state":
            err(f"UN member state '{s}' has kind '{kinds[s]}', expected 'state'")
    for s in UN_OBSERVERS:
        if s not in canon:
            err(f"UN observer state missing: '{s}'")
        elif kinds[s] != "observer_state":
            err(f"observer state '{s}' has kind '{kinds[s]}', expected 'observer_state'")
    for s in OTHER_REQUIRED:
        if s not in canon:
            err(f"required actor missing: '{s}'")
        elif kinds[s] not in ("state", "territory"):
            err(f"'{s}' has kind '{kinds[s]}', expected state or territory")
    extra_states = [a for a, k in kinds.items() if k == "state"
                    and a not in UN_MEMBERS and a not in OTHER_REQUIRED]
    if extra_states:
        err(f"rows of kind 'state' that are not UN members, Taiwan or Kosovo: {extra_states}")

    if len(canon) < MIN_ROWS:
        err(f"only {len(canon)} rows, need at least {MIN_ROWS}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s) in {path}")
        return 1

    counts = Counter(kinds.values())
    print(f"OK: {path}: {len(canon)} actors")
    for k in sorted(KINDS):
        print(f"  {k:16} {counts.get(k, 0)}")
    if "-v" in sys.argv:
        print("ambiguous ('~') aliases:")
        for actor, t, ex in tilde:
            print(f"  {t} -> {actor}" + (f"  [exclude: {' | '.join(ex)}]" if ex else ""))
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "actors.csv")
    sys.exit(main(os.path.normpath(args[0] if args else default)))
