"""Builds the optional compiled SPL walker (sources/_splwalk.pyx); without it the package is pure Python.

`optional=True`: a missing compiler only warns, and sources/spl.py keeps its Python walker.
"""

from setuptools import Extension, setup


def extensions() -> list[Extension]:
    try:  # both are in [build-system] requires; absent only with --no-build-isolation
        import lxml
        from Cython.Build import cythonize
    except ImportError:
        return []
    # lxml ships libxml2's headers (its static copy) and its own .pxd files: the walker reads that tree.
    ext = Extension("oncoguide.sources._splwalk", ["src/oncoguide/sources/_splwalk.pyx"],
                    include_dirs=lxml.get_include(), optional=True)
    return cythonize([ext], language_level=3, quiet=True)


setup(ext_modules=extensions())
