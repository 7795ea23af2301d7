from pseah.triage.main import main

main()
