; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!27 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!107 () Real)
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
 (let ((?x113 (- b)))
 (let ((?x114 (+ f ?x113)))
 (let ((?x145 (* ?x114 ?x144)))
 (let ((?x121 (/ 1.0 exp!5)))
 (let ((?x115 (- ?x114)))
 (let ((?x120 (* 2.0 ?x115)))
 (let ((?x122 (* ?x120 ?x121)))
 (let ((?x123 (- ?x122)))
 (let ((?x124 (+ ?x115 ?x123)))
 (let ((?x125 (* ?x118 ?x124)))
 (let ((?x126 (* ?x8 ?x125)))
 (let ((?x127 (- ?x126)))
 (let ((?x116 (/ ?x115 scale)))
 (let ((?x128 (+ ?x116 ?x127)))
 (let ((?x129 (* ?x110 ?x128)))
 (or (and (distinct ?x129 ?x145) true))))))))))))))))))))))))))))))))))))))))
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
 (let (($x36 (< log!27 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!27)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!27 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!27)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!27 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!27)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!27 log!27)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!27 log!27)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!27 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!27)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!107 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!107)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!107 log!27)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!27 log!107)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!107 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!107)))
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
 (let (($x68 (< log!107 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!107)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!107 log!27)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!27 log!107)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!107 log!107)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!107 log!107)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!107 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!107)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!27 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!107 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!152 () Real)
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
 (let (($x315 (= 0.0 ?x147)))
 (not $x315)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x315 (= 0.0 ?x147)))
 (not $x315)))))
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
 (let (($x315 (= 0.0 ?x147)))
 (not $x315)))))
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
 (let ((?x255 (* ?x136 ?x146)))
 (let ((?x272 (/ ?x255 ?x147)))
 (let ((?x271 (* 0.0 ?x136)))
 (let ((?x257 (+ ?x271 ?x272)))
 (let ((?x273 (* 2.0 ?x257)))
 (let ((?x274 (- ?x273)))
 (let ((?x246 (+ ?x136 ?x274)))
 (let ((?x130 (/ 1.0 scale)))
 (let ((?x131 (- ?x130)))
 (let ((?x250 (+ ?x131 ?x246)))
 (let ((?x245 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x252 (* ?x245 ?x250)))
 (let ((?x113 (- b)))
 (let ((?x114 (+ f ?x113)))
 (let ((?x254 (* ?x114 ?x252)))
 (let ((?x247 (/ ?x146 exp!7)))
 (let ((?x115 (- ?x114)))
 (let ((?x120 (* 2.0 ?x115)))
 (let ((?x262 (* ?x120 ?x247)))
 (let ((?x248 (- ?x262)))
 (let ((?x263 (+ ?x115 ?x248)))
 (let ((?x249 (* ?x118 ?x263)))
 (let ((?x198 (* ?x8 ?x249)))
 (let ((?x251 (- ?x198)))
 (let ((?x116 (/ ?x115 scale)))
 (let ((?x270 (+ ?x116 ?x251)))
 (let ((?x253 (* ?x245 ?x270)))
 (or (and (distinct ?x253 ?x254) true))))))))))))))))))))))))))))))))))))))))
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
 (let (($x36 (< log!27 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!27)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!27 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!27)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!27 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!27)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!27 log!27)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!27 log!27)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!27 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!27)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!107 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!107)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!107 log!27)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!27 log!107)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!107 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!107)))
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
 (let (($x68 (< log!107 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!107)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!107 log!27)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!27 log!107)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!107 log!107)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!107 log!107)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!107 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!107)))
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
 (let (($x677 (< log!152 ?x10)))
 (= $x677 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x852 (< ?x10 log!152)))
 (= $x852 (< exp!1 exp!6)))))))
(assert
 (let (($x853 (< log!152 log!27)))
 (= $x853 (< exp!6 exp!3))))
(assert
 (let (($x849 (< log!27 log!152)))
 (= $x849 (< exp!3 exp!6))))
(assert
 (let (($x830 (< log!152 log!107)))
 (= $x830 (< exp!6 exp!5))))
(assert
 (let (($x844 (< log!107 log!152)))
 (= $x844 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x842 (> log!152 0.0)))
 (= $x842 (> exp!6 1.0))))
(assert
 (let ((?x838 (+ 1.0 log!152)))
 (>= exp!6 ?x838)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x647 (> ?x147 0.0)))
 (=> $x647 (= exp!6 ?x147))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x677 (< log!152 ?x10)))
 (= $x677 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x852 (< ?x10 log!152)))
 (= $x852 (< exp!1 exp!7)))))))
(assert
 (let (($x853 (< log!152 log!27)))
 (= $x853 (< exp!7 exp!3))))
(assert
 (let (($x849 (< log!27 log!152)))
 (= $x849 (< exp!3 exp!7))))
(assert
 (let (($x830 (< log!152 log!107)))
 (= $x830 (< exp!7 exp!5))))
(assert
 (let (($x844 (< log!107 log!152)))
 (= $x844 (< exp!5 exp!7))))
(assert
 (let (($x837 (< log!152 log!152)))
 (= $x837 (< exp!7 exp!6))))
(assert
 (let (($x837 (< log!152 log!152)))
 (= $x837 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x842 (> log!152 0.0)))
 (= $x842 (> exp!7 1.0))))
(assert
 (let ((?x838 (+ 1.0 log!152)))
 (>= exp!7 ?x838)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
(let ((?x147 (+ 1.0 ?x146)))
(let (($x647 (> ?x147 0.0)))
(=> $x647 (= exp!7 ?x147))))))
(check-sat)
(pop 1)
