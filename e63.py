    local_x = 1
