# Helper for import_cannot_suspend.py: a module whose top level tries to wait.
sleep(0.01)
