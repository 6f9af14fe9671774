from namekit.cli import main

main(prog_name="namekit")
