list.append()
