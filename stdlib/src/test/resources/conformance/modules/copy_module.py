# copy.copy and copy.deepcopy
import copy
orig = {"list": [1, [2, 3]], "num": 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["num"] = 99
print(shallow, deep)
print(shallow["list"] is orig["list"], deep["list"] is orig["list"])
a = [1, 2]
cyc = [a, a]
dc = copy.deepcopy(cyc)
print(dc[0] is dc[1], dc[0] is a)
selfref = [1]
selfref.append(selfref)
print(copy.deepcopy(selfref)[1][1][0])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
n = Node(1)
n.children.append(Node(2))
n2 = copy.deepcopy(n)
n3 = copy.copy(n)
n.children[0].v = 20
print(n2, n3, n3.children is n.children)
class Custom:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.data)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.data, memo))
c = Custom([1])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.data is c.data, c3.data is c.data)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
print(copy.copy(5), copy.deepcopy("s"), copy.copy([1, 2]) == [1, 2])
