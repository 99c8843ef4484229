from casewatch.cli import main

main()
