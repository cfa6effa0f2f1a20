# NameError for an undefined global name
def compute():
    return undefined_total_value * 2
print("computing")
compute()
