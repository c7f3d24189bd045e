; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
(declare-fun log!116 () Real)
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
 (let ((?x133 (/ 1.0 (* scale scale))))
 (let ((?x134 (* 0.0 ?x133)))
 (let ((?x131 (/ (- 1.0) scale)))
 (let ((?x135 (+ ?x131 ?x134)))
 (let ((?x137 (* ?x135 ?x34)))
 (let ((?x138 (/ ?x137 ?x30)))
 (let ((?x136 (- ?x135)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x140 (* 2.0 ?x139)))
 (let ((?x141 (- ?x140)))
 (let ((?x142 (+ ?x136 ?x141)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x129 (- ?x128)))
 (let ((?x143 (+ ?x129 ?x142)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x144 (* ?x110 ?x143)))
 (let ((?x112 (- b)))
 (let ((?x127 (+ f ?x112)))
 (let ((?x145 (* ?x127 ?x144)))
 (let ((?x115 (* f 1.0)))
 (let ((?x113 (* ?x112 1.0)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 2.0 ?x117)))
 (let ((?x118 (/ 1.0 exp!5)))
 (let ((?x121 (* ?x118 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x124 (/ ?x123 scale)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (* ?x110 ?x125)))
 (or (and (distinct ?x126 ?x145) true)))))))))))))))))))))))))))))))))))))
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
 (let (($x68 (< log!116 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!116)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!116 log!27)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!27 log!116)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!116 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!116)))
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
 (let (($x68 (< log!116 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!116)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!116 log!27)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!27 log!116)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!116 log!116)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!116 log!116)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!116 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!116)))
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
(declare-fun log!116 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!170 () Real)
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
 (let (($x668 (= 0.0 ?x147)))
 (not $x668)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x668 (= 0.0 ?x147)))
 (not $x668)))))
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
 (let (($x668 (= 0.0 ?x147)))
 (not $x668)))))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let ((?x133 (/ 1.0 (* scale scale))))
 (let ((?x134 (* 0.0 ?x133)))
 (let ((?x131 (/ (- 1.0) scale)))
 (let ((?x135 (+ ?x131 ?x134)))
 (let ((?x136 (- ?x135)))
 (let ((?x208 (* ?x136 ?x146)))
 (let ((?x216 (/ ?x208 ?x147)))
 (let ((?x215 (* 0.0 ?x136)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x319 (* 2.0 ?x217)))
 (let ((?x320 (- ?x319)))
 (let ((?x326 (+ ?x136 ?x320)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x129 (- ?x128)))
 (let ((?x327 (+ ?x129 ?x326)))
 (let ((?x371 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x324 (* ?x371 ?x327)))
 (let ((?x112 (- b)))
 (let ((?x127 (+ f ?x112)))
 (let ((?x325 (* ?x127 ?x324)))
 (let ((?x115 (* f 1.0)))
 (let ((?x113 (* ?x112 1.0)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (* 2.0 ?x117)))
 (let ((?x372 (/ ?x146 exp!7)))
 (let ((?x383 (* ?x372 ?x120)))
 (let ((?x403 (- ?x383)))
 (let ((?x415 (+ ?x117 ?x403)))
 (let ((?x421 (/ ?x415 scale)))
 (let ((?x423 (- ?x421)))
 (let ((?x204 (* ?x371 ?x423)))
 (or (and (distinct ?x204 ?x325) true)))))))))))))))))))))))))))))))))))))
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
 (let (($x68 (< log!116 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!116)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!116 log!27)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!27 log!116)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!116 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!116)))
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
 (let (($x68 (< log!116 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!116)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!116 log!27)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!27 log!116)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!116 log!116)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!116 log!116)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!116 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!116)))
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
 (let (($x669 (< log!170 ?x10)))
 (= $x669 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x665 (< ?x10 log!170)))
 (= $x665 (< exp!1 exp!6)))))))
(assert
 (let (($x662 (< log!170 log!27)))
 (= $x662 (< exp!6 exp!3))))
(assert
 (let (($x190 (< log!27 log!170)))
 (= $x190 (< exp!3 exp!6))))
(assert
 (let (($x196 (< log!170 log!116)))
 (= $x196 (< exp!6 exp!5))))
(assert
 (let (($x497 (< log!116 log!170)))
 (= $x497 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x660 (> log!170 0.0)))
 (= $x660 (> exp!6 1.0))))
(assert
 (let ((?x656 (+ 1.0 log!170)))
 (>= exp!6 ?x656)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x147 (+ 1.0 ?x146)))
 (let (($x480 (> ?x147 0.0)))
 (=> $x480 (= exp!6 ?x147))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x669 (< log!170 ?x10)))
 (= $x669 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x665 (< ?x10 log!170)))
 (= $x665 (< exp!1 exp!7)))))))
(assert
 (let (($x662 (< log!170 log!27)))
 (= $x662 (< exp!7 exp!3))))
(assert
 (let (($x190 (< log!27 log!170)))
 (= $x190 (< exp!3 exp!7))))
(assert
 (let (($x196 (< log!170 log!116)))
 (= $x196 (< exp!7 exp!5))))
(assert
 (let (($x497 (< log!116 log!170)))
 (= $x497 (< exp!5 exp!7))))
(assert
 (let (($x658 (< log!170 log!170)))
 (= $x658 (< exp!7 exp!6))))
(assert
 (let (($x658 (< log!170 log!170)))
 (= $x658 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x660 (> log!170 0.0)))
 (= $x660 (> exp!7 1.0))))
(assert
 (let ((?x656 (+ 1.0 log!170)))
 (>= exp!7 ?x656)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
(let ((?x147 (+ 1.0 ?x146)))
(let (($x480 (> ?x147 0.0)))
(=> $x480 (= exp!7 ?x147))))))
(check-sat)
(pop 1)
