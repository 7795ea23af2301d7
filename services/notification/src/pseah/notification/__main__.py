from pseah.notification.main import run

run()
