; certjax: rule estimators.score_loo_baseline_Gumbel, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!21 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x157 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x158 (* (/ 1.0 2.0) ?x157)))
 (let ((?x131 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x159 (* ?x131 ?x158)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x58 (- ?x57)))
 (let ((?x49 (* scale scale)))
 (let ((?x50 (/ 1.0 ?x49)))
 (let ((?x51 (* 0.0 ?x50)))
 (let ((?x48 (/ (- 1.0) scale)))
 (let ((?x52 (+ ?x48 ?x51)))
 (let ((?x53 (- ?x52)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x54 (* ?x24 ?x53)))
 (let ((?x55 (+ ?x52 ?x54)))
 (let ((?x56 (- ?x55)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x150 (* ?x131 ?x59)))
 (let ((?x155 (* |g2[0]| ?x150)))
 (let ((?x160 (+ ?x155 ?x159)))
 (let ((?x82 (- b)))
 (let ((?x153 (+ f2 ?x82)))
 (let ((?x151 (* ?x59 ?x150)))
 (let ((?x147 (- ?x51)))
 (let ((?x143 (* ?x53 ?x54)))
 (let ((?x134 (/ 1.0 (* ?x49 scale))))
 (let ((?x136 (* ?x134 (- 2.0))))
 (let ((?x137 (* 0.0 ?x136)))
 (let ((?x138 (* 0.0 ?x137)))
 (let ((?x139 (+ ?x51 ?x138)))
 (let ((?x140 (+ ?x51 ?x139)))
 (let ((?x141 (- ?x140)))
 (let ((?x142 (* ?x24 ?x141)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x145 (+ ?x140 ?x144)))
 (let ((?x146 (- ?x145)))
 (let ((?x148 (+ ?x146 ?x147)))
 (let ((?x149 (* ?x131 ?x148)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x154 (* ?x152 ?x153)))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x161 (+ ?x156 ?x160)))
 (let ((?x108 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x109 (+ ?x108 ?x108)))
 (let ((?x92 (* f2 1.0)))
 (let ((?x91 (* 1.0 ?x82)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x100 (* ?x24 ?x94)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (+ ?x94 ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (* ?x50 ?x103)))
 (let ((?x95 (* ?x54 ?x94)))
 (let ((?x86 (* |g2[0]| 1.0)))
 (let ((?x62 (* ?x59 1.0)))
 (let ((?x85 (* f2 ?x62)))
 (let ((?x87 (+ ?x85 ?x86)))
 (let ((?x83 (* ?x62 ?x82)))
 (let ((?x88 (+ ?x83 ?x87)))
 (let ((?x89 (- ?x88)))
 (let ((?x90 (* ?x24 ?x89)))
 (let ((?x96 (+ ?x90 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (+ ?x89 ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x105 (+ ?x99 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x79 (* |g2[0]| ?x62)))
 (let ((?x63 (* (/ 1.0 2.0) ?x62)))
 (let ((?x64 (* 0.0 ?x63)))
 (let ((?x66 (+ (- 1.0) 1.0)))
 (let ((?x67 (* (/ 1.0 2.0) ?x66)))
 (let ((?x73 (* 0.0 ?x67)))
 (let ((?x74 (+ ?x73 ?x64)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x70 (+ ?x67 ?x64)))
 (let ((?x71 (* |h2[0,0]| ?x70)))
 (let ((?x76 (+ ?x71 ?x75)))
 (let ((?x68 (* |h2[0,0]| ?x67)))
 (let ((?x69 (+ ?x64 ?x68)))
 (let ((?x77 (+ ?x69 ?x76)))
 (let ((?x80 (+ ?x77 ?x79)))
 (let ((?x107 (+ ?x80 ?x106)))
 (let ((?x110 (+ ?x107 ?x109)))
 (let ((?x132 (* ?x131 ?x110)))
 (or (and (distinct ?x132 ?x161) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!21 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
