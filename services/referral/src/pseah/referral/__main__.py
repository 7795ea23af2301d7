from pseah.referral.main import run

run()
