# uncaught user-defined exception: last stderr line uses the class name
class InventoryError(Exception):
    pass
stock = {"apple": 2}
def take(item, n):
    have = stock.get(item, 0)
    if have < n:
        raise InventoryError(f"not enough {item}: have {have}, need {n}")
    stock[item] = have - n
    print("took", n, item)
take("apple", 1)
take("apple", 5)
