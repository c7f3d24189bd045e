; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (< 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x38 (= 0.0 ?x30)))
 (not $x38)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x38 (= 0.0 ?x30)))
 (not $x38)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x38 (= 0.0 ?x30)))
 (not $x38)))))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x133 (- ?x8)))
 (let ((?x118 (/ 1.0 (* scale scale))))
 (let ((?x134 (* ?x118 ?x133)))
 (let ((?x132 (/ 0.0 scale)))
 (let ((?x135 (+ ?x132 ?x134)))
 (let ((?x137 (* ?x135 ?x34)))
 (let ((?x138 (/ ?x137 ?x30)))
 (let ((?x136 (- ?x135)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x140 (* 2.0 ?x139)))
 (let ((?x141 (- ?x140)))
 (let ((?x142 (+ ?x136 ?x141)))
 (let ((?x130 (/ 1.0 scale)))
 (let ((?x131 (- ?x130)))
 (let ((?x143 (+ ?x131 ?x142)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x144 (* ?x110 ?x143)))
 (let ((?x145 (* f ?x144)))
 (let ((?x113 (* f 1.0)))
 (let ((?x111 (* 0.0 1.0)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x121 (* 2.0 ?x115)))
 (let ((?x119 (/ 1.0 exp!5)))
 (let ((?x122 (* ?x119 ?x121)))
 (let ((?x123 (- ?x122)))
 (let ((?x124 (+ ?x115 ?x123)))
 (let ((?x125 (* ?x118 ?x124)))
 (let ((?x126 (* ?x8 ?x125)))
 (let ((?x127 (- ?x126)))
 (let ((?x116 (/ ?x115 scale)))
 (let ((?x128 (+ ?x116 ?x127)))
 (let ((?x129 (* ?x110 ?x128)))
 (or (and (distinct ?x129 ?x145) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
 (>= exp!4 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x86 (> ?x30 0.0)))
 (=> $x86 (= exp!4 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
 (>= exp!5 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
(let ((?x30 (+ 1.0 ?x34)))
(let (($x86 (> ?x30 0.0)))
(=> $x86 (= exp!5 ?x30))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!165 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (> 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (< 0.0 ?x147))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x255 (= 0.0 ?x147)))
 (not $x255)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x255 (= 0.0 ?x147)))
 (not $x255)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (< 0.0 ?x147))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x255 (= 0.0 ?x147)))
 (not $x255)))))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x133 (- ?x8)))
 (let ((?x118 (/ 1.0 (* scale scale))))
 (let ((?x134 (* ?x118 ?x133)))
 (let ((?x132 (/ 0.0 scale)))
 (let ((?x135 (+ ?x132 ?x134)))
 (let ((?x136 (- ?x135)))
 (let ((?x428 (* ?x136 ?x146)))
 (let ((?x450 (/ ?x428 ?x147)))
 (let ((?x446 (* 0.0 ?x136)))
 (let ((?x451 (+ ?x446 ?x450)))
 (let ((?x453 (* 2.0 ?x451)))
 (let ((?x447 (- ?x453)))
 (let ((?x402 (+ ?x136 ?x447)))
 (let ((?x130 (/ 1.0 scale)))
 (let ((?x131 (- ?x130)))
 (let ((?x403 (+ ?x131 ?x402)))
 (let ((?x400 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x196 (* ?x400 ?x403)))
 (let ((?x476 (* f ?x196)))
 (let ((?x113 (* f 1.0)))
 (let ((?x111 (* 0.0 1.0)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x121 (* 2.0 ?x115)))
 (let ((?x397 (/ ?x146 exp!7)))
 (let ((?x398 (* ?x397 ?x121)))
 (let ((?x189 (- ?x398)))
 (let ((?x193 (+ ?x115 ?x189)))
 (let ((?x194 (* ?x118 ?x193)))
 (let ((?x191 (* ?x8 ?x194)))
 (let ((?x192 (- ?x191)))
 (let ((?x116 (/ ?x115 scale)))
 (let ((?x444 (+ ?x116 ?x192)))
 (let ((?x445 (* ?x400 ?x444)))
 (or (and (distinct ?x445 ?x476) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
 (>= exp!4 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x86 (> ?x30 0.0)))
 (=> $x86 (= exp!4 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
 (>= exp!5 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x86 (> ?x30 0.0)))
 (=> $x86 (= exp!5 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x598 (< log!165 ?x10)))
 (= $x598 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x776 (< ?x10 log!165)))
 (= $x776 (< exp!1 exp!6)))))))
(assert
 (let (($x777 (< log!165 log!24)))
 (= $x777 (< exp!6 exp!3))))
(assert
 (let (($x773 (< log!24 log!165)))
 (= $x773 (< exp!3 exp!6))))
(assert
 (let (($x754 (< log!165 log!111)))
 (= $x754 (< exp!6 exp!5))))
(assert
 (let (($x768 (< log!111 log!165)))
 (= $x768 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x766 (> log!165 0.0)))
 (= $x766 (> exp!6 1.0))))
(assert
 (let ((?x763 (+ 1.0 log!165)))
 (>= exp!6 ?x763)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x540 (> ?x147 0.0)))
 (=> $x540 (= exp!6 ?x147))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x598 (< log!165 ?x10)))
 (= $x598 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x776 (< ?x10 log!165)))
 (= $x776 (< exp!1 exp!7)))))))
(assert
 (let (($x777 (< log!165 log!24)))
 (= $x777 (< exp!7 exp!3))))
(assert
 (let (($x773 (< log!24 log!165)))
 (= $x773 (< exp!3 exp!7))))
(assert
 (let (($x754 (< log!165 log!111)))
 (= $x754 (< exp!7 exp!5))))
(assert
 (let (($x768 (< log!111 log!165)))
 (= $x768 (< exp!5 exp!7))))
(assert
 (let (($x764 (< log!165 log!165)))
 (= $x764 (< exp!7 exp!6))))
(assert
 (let (($x764 (< log!165 log!165)))
 (= $x764 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x766 (> log!165 0.0)))
 (= $x766 (> exp!7 1.0))))
(assert
 (let ((?x763 (+ 1.0 log!165)))
 (>= exp!7 ?x763)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
(let ((?x147 (+ 1.0 ?x146)))
(let (($x540 (> ?x147 0.0)))
(=> $x540 (= exp!7 ?x147))))))
(check-sat)
(pop 1)
