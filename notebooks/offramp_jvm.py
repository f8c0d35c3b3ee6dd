"""Start a JVM with Offramp on its class path (through JPype) and turn the library's rows into
pandas data frames. Shared by the notebooks in this folder.

The class path comes from the environment variable OFFRAMP_CLASSPATH (set by run-all.sh): the
library jar and its dependencies, separated by ':'. Without it, it is found from the repository
layout: target/offramp-<version>.jar plus target/notebook-classpath.txt (both written by
run-all.sh), or else the self-contained target/offramp-cli.jar that `./mvnw -DskipTests package`
builds.
"""
import os
import pathlib

import jpype
import jpype.imports  # noqa: F401  (lets `from org.offramp... import X` find Java classes)
import pandas as pd

# Debian's python3-jpype starts the JVM only with its support classes on the class path.
JPYPE_SUPPORT_JAR = pathlib.Path("/usr/share/java/org.jpype.jar")
REPO = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = REPO / "notebooks" / "output"


def class_path():
    """The class path entries for the JVM: OFFRAMP_CLASSPATH, or what the repository's build left."""
    env = os.environ.get("OFFRAMP_CLASSPATH", "").strip()
    if env:
        entries = [e for e in env.split(os.pathsep) if e]
    else:
        target = REPO / "target"
        jars = sorted(p for p in target.glob("offramp-*.jar")
                      if not p.name.endswith(("-cli.jar", "-sources.jar", "-javadoc.jar")))
        deps = target / "notebook-classpath.txt"
        if jars and deps.exists():
            entries = [str(jars[-1])] + [e for e in deps.read_text().strip().split(os.pathsep) if e]
        elif (target / "offramp-cli.jar").exists():
            entries = [str(target / "offramp-cli.jar")]
        else:
            raise RuntimeError(
                f"Offramp is not built: run notebooks/run-all.sh, or `./mvnw -q -DskipTests package` in {REPO}, "
                "or set OFFRAMP_CLASSPATH to the library jar and its dependencies")
    missing = [e for e in entries if not pathlib.Path(e).exists()]
    if missing:
        raise RuntimeError(f"class path entries do not exist: {missing}")
    if JPYPE_SUPPORT_JAR.exists() and str(JPYPE_SUPPORT_JAR) not in entries:
        entries.insert(0, str(JPYPE_SUPPORT_JAR))
    return entries


def start():
    """Starts the JVM once per kernel (JPype cannot restart it): headless AWT for the charts."""
    if not jpype.isJVMStarted():
        jpype.startJVM("-Djava.awt.headless=true", "-Xmx2g", classpath=class_path(), convertStrings=True)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return jpype.JClass("java.lang.System").getProperty("java.version")


def value(v):
    """A Java value as a Python one: boxed numbers to int/float, strings to str."""
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, (jpype.JClass("java.lang.Long"), jpype.JClass("java.lang.Integer"))):
        return int(v)
    if isinstance(v, jpype.JClass("java.lang.Number")):
        return float(v)
    if isinstance(v, jpype.JClass("java.lang.Boolean")):
        return bool(v)
    return str(v)


def frame(rows):
    """A data frame from the library's rows (a java.util.List of maps with snake_case keys)."""
    return pd.DataFrame([{str(k): value(row.get(k)) for k in row.keySet()} for row in rows])


def counts(java_map):
    """A java.util.Map of outcome -> count as a Python dict."""
    return {str(k): int(java_map.get(k)) for k in java_map.keySet()}


def jlist(items):
    """A java.util.List holding the given Java objects (JPype does not convert Python lists to it)."""
    out = jpype.JClass("java.util.ArrayList")()
    for item in items:
        out.add(item)
    return out
