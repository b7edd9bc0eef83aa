"""`mentorbook plan`: one module per subcommand or small group, imported when it runs."""
