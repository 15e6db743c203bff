print('before')
print(f'{1:{2:{3}}}')
