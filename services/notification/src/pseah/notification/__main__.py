from pseah.notification.entrypoints.stream import main

main()
