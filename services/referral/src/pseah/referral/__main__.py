from pseah.referral.entrypoints.stream import main

main()
