"{0} {name}".format(1)
