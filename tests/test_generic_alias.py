"""An alias that is also a common noun ('Konzern') counts every company the texts mention: `check`
warns with how many mentions it gave, so the editor can make it an ambiguous alias."""

from support import FIXTURES, generator_cli, make_project
from generator import pipeline


def _project(tmp_path):
    project = make_project(tmp_path / "p", FIXTURES / "minimal")
    entities = project / "content" / "entities.yml"
    entities.write_text(entities.read_text(encoding="utf-8").replace("aliases: [Stadtwerke]", "aliases: [Stadtwerke, Konzern]"),
                        encoding="utf-8")
    seed = project / "seeds" / "alpha.txt"
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n")
                    + "\n\nDer Konzern verweist auf die Börse. Ein anderer Konzern in Nachbarstadt senkt dagegen die Preise.\n",
                    encoding="utf-8")
    return project


def test_check_warns_about_an_alias_that_is_a_common_noun_with_its_count(tmp_path):
    result = pipeline.check(_project(tmp_path))
    warnings = [str(w) for w in result.warnings if "common noun" in str(w)]
    total = sum(1 for m in result.analysis.mentions["alpha"] + result.analysis.mentions["beta"] if m.entity == "stadtwerke")
    assert warnings == [f"content/entities.yml:7: entity 'stadtwerke': alias 'Konzern' is also a common noun and gave 2 "
                        f"of its {total} mentions; move it to 'ambiguous_aliases' (counted only where the actor is also "
                        "named) or remove it"]


def test_the_cli_shows_the_warning_and_still_succeeds(tmp_path):
    result = generator_cli(["check", "--dossier", str(_project(tmp_path))], tmp_path)
    assert result.returncode == 0 and "alias 'Konzern' is also a common noun and gave 2" in result.stdout + result.stderr


def test_a_proper_alias_gives_no_warning():
    result = pipeline.check(FIXTURES / "minimal")
    assert not any("common noun" in str(w) for w in result.warnings)
