"""Rebuild every PDF and gold file of the blind16 set."""

import papers_html
import papers_office
import papers_rl

BUILDERS = papers_html.ALL + papers_rl.ALL + papers_office.ALL


def main():
    for build in BUILDERS:
        build()
        print("built", build.__name__)


if __name__ == "__main__":
    main()
