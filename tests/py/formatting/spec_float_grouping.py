print(format(1234567.891, ','), format(1234567.891, '_'), format(1234567.5, ',g'), format(1234567.5, '_g'))
print(format(123456789.5, ',e'), format(12345, ',%'), format(1e6, ',.0f'), format(1e300, ',.2f')[:24])
print(format(-1234.5, '015,.2f'), format(1234.5, '0=+15,.1f'), format(0.5, ',f'))
