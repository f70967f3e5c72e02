"""Builds the optional compiled SPL walker (sources/_splwalk.pyx); without it the package is pure Python."""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """A failed compile (no compiler, no Python headers) warns; sources/spl.py then keeps its Python walker.

    Extension(optional=True) is not enough: the editable install still fails on a compiler error.
    """

    def initialize_options(self) -> None:
        super().initialize_options()
        self.failed: list[Extension] = []

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001 - whatever the toolchain raises, the package works without it
            print(f"WARNING: {ext.name} not built ({exc}); oncoguide parses SPL with its Python walker")
            self.failed.append(ext)

    def copy_extensions_to_source(self) -> None:  # the editable install copies each built module into src/
        self.extensions = [ext for ext in self.extensions if ext not in self.failed]
        super().copy_extensions_to_source()


def extensions() -> list[Extension]:
    try:  # both are in [build-system] requires; absent only with --no-build-isolation
        import lxml
        from Cython.Build import cythonize
    except ImportError:
        return []
    # lxml ships libxml2's headers (its static copy) and its own .pxd files: the walker reads that tree.
    ext = Extension("oncoguide.sources._splwalk", ["src/oncoguide/sources/_splwalk.pyx"], include_dirs=lxml.get_include())
    return cythonize([ext], language_level=3, quiet=True)


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
