    return local_x
