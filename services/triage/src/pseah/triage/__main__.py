from pseah.triage.entrypoints.stream import main

main()
