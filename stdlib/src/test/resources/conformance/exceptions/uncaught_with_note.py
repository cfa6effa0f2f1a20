# uncaught exception with a note: the note is printed after the exception line
print("start")
err = ValueError("primary message")
err.add_note("extra context note")
raise err
