a = f'''line1
{x}
line3'''
b = f"""{
    x
}"""
c = f'''{x:
}'''
