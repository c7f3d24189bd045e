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
 (let ((?x130 (/ 1.0 (* scale scale))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x132 (+ ?x128 ?x131)))
 (let ((?x134 (* ?x132 ?x34)))
 (let ((?x135 (/ ?x134 ?x30)))
 (let ((?x133 (- ?x132)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x139 (+ ?x133 ?x138)))
 (let ((?x125 (/ 0.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x140 (+ ?x126 ?x139)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x141 (* ?x110 ?x140)))
 (let ((?x113 (- b)))
 (let ((?x114 (+ f ?x113)))
 (let ((?x142 (* ?x114 ?x141)))
 (let ((?x118 (/ 1.0 exp!5)))
 (let ((?x115 (- ?x114)))
 (let ((?x117 (* 2.0 ?x115)))
 (let ((?x119 (* ?x117 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x122 (/ ?x121 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x124 (* ?x110 ?x123)))
 (or (and (distinct ?x124 ?x142) true))))))))))))))))))))))))))))))))))
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
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (< 0.0 ?x144))))
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
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x660 (= 0.0 ?x144)))
 (not $x660)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x660 (= 0.0 ?x144)))
 (not $x660)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (< 0.0 ?x144))))
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
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x660 (= 0.0 ?x144)))
 (not $x660)))))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let ((?x130 (/ 1.0 (* scale scale))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x132 (+ ?x128 ?x131)))
 (let ((?x133 (- ?x132)))
 (let ((?x181 (* ?x133 ?x143)))
 (let ((?x182 (/ ?x181 ?x144)))
 (let ((?x189 (* 0.0 ?x133)))
 (let ((?x199 (+ ?x189 ?x182)))
 (let ((?x208 (* 2.0 ?x199)))
 (let ((?x217 (- ?x208)))
 (let ((?x218 (+ ?x133 ?x217)))
 (let ((?x125 (/ 0.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x219 (+ ?x126 ?x218)))
 (let ((?x417 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x220 (* ?x417 ?x219)))
 (let ((?x113 (- b)))
 (let ((?x114 (+ f ?x113)))
 (let ((?x396 (* ?x114 ?x220)))
 (let ((?x418 (/ ?x143 exp!7)))
 (let ((?x115 (- ?x114)))
 (let ((?x117 (* 2.0 ?x115)))
 (let ((?x312 (* ?x117 ?x418)))
 (let ((?x313 (- ?x312)))
 (let ((?x319 (+ ?x115 ?x313)))
 (let ((?x320 (/ ?x319 scale)))
 (let ((?x317 (- ?x320)))
 (let ((?x318 (* ?x417 ?x317)))
 (or (and (distinct ?x318 ?x396) true))))))))))))))))))))))))))))))))))
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
 (let (($x661 (< log!152 ?x10)))
 (= $x661 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x657 (< ?x10 log!152)))
 (= $x657 (< exp!1 exp!6)))))))
(assert
 (let (($x654 (< log!152 log!27)))
 (= $x654 (< exp!6 exp!3))))
(assert
 (let (($x186 (< log!27 log!152)))
 (= $x186 (< exp!3 exp!6))))
(assert
 (let (($x194 (< log!152 log!107)))
 (= $x194 (< exp!6 exp!5))))
(assert
 (let (($x489 (< log!107 log!152)))
 (= $x489 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x652 (> log!152 0.0)))
 (= $x652 (> exp!6 1.0))))
(assert
 (let ((?x648 (+ 1.0 log!152)))
 (>= exp!6 ?x648)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x472 (> ?x144 0.0)))
 (=> $x472 (= exp!6 ?x144))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x661 (< log!152 ?x10)))
 (= $x661 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x657 (< ?x10 log!152)))
 (= $x657 (< exp!1 exp!7)))))))
(assert
 (let (($x654 (< log!152 log!27)))
 (= $x654 (< exp!7 exp!3))))
(assert
 (let (($x186 (< log!27 log!152)))
 (= $x186 (< exp!3 exp!7))))
(assert
 (let (($x194 (< log!152 log!107)))
 (= $x194 (< exp!7 exp!5))))
(assert
 (let (($x489 (< log!107 log!152)))
 (= $x489 (< exp!5 exp!7))))
(assert
 (let (($x650 (< log!152 log!152)))
 (= $x650 (< exp!7 exp!6))))
(assert
 (let (($x650 (< log!152 log!152)))
 (= $x650 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x652 (> log!152 0.0)))
 (= $x652 (> exp!7 1.0))))
(assert
 (let ((?x648 (+ 1.0 log!152)))
 (>= exp!7 ?x648)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
(let ((?x144 (+ 1.0 ?x143)))
(let (($x472 (> ?x144 0.0)))
(=> $x472 (= exp!7 ?x144))))))
(check-sat)
(pop 1)
