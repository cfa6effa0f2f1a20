A().x
