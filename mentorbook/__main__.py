from mentorbook.cli.main import cli

cli(prog_name="mentorbook")
