; certjax: rule estimators.score_Gumbel, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!19 () Real)
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
 (let ((?x154 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x155 (* (/ 1.0 2.0) ?x154)))
 (let ((?x129 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x156 (* ?x129 ?x155)))
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
 (let ((?x148 (* ?x129 ?x59)))
 (let ((?x152 (* |g2[0]| ?x148)))
 (let ((?x157 (+ ?x152 ?x156)))
 (let ((?x149 (* ?x59 ?x148)))
 (let ((?x145 (- ?x51)))
 (let ((?x141 (* ?x53 ?x54)))
 (let ((?x132 (/ 1.0 (* ?x49 scale))))
 (let ((?x134 (* ?x132 (- 2.0))))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x136 (* 0.0 ?x135)))
 (let ((?x137 (+ ?x51 ?x136)))
 (let ((?x138 (+ ?x51 ?x137)))
 (let ((?x139 (- ?x138)))
 (let ((?x140 (* ?x24 ?x139)))
 (let ((?x142 (+ ?x140 ?x141)))
 (let ((?x143 (+ ?x138 ?x142)))
 (let ((?x144 (- ?x143)))
 (let ((?x146 (+ ?x144 ?x145)))
 (let ((?x147 (* ?x129 ?x146)))
 (let ((?x150 (+ ?x147 ?x149)))
 (let ((?x151 (* f2 ?x150)))
 (let ((?x153 (+ ?x151 ?x152)))
 (let ((?x158 (+ ?x153 ?x157)))
 (let ((?x106 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x107 (+ ?x106 ?x106)))
 (let ((?x90 (* f2 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x98 (* ?x24 ?x92)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x92 ?x99)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x50 ?x101)))
 (let ((?x93 (* ?x54 ?x92)))
 (let ((?x84 (* |g2[0]| 1.0)))
 (let ((?x62 (* ?x59 1.0)))
 (let ((?x83 (* f2 ?x62)))
 (let ((?x85 (+ ?x83 ?x84)))
 (let ((?x81 (* 0.0 ?x62)))
 (let ((?x86 (+ ?x81 ?x85)))
 (let ((?x87 (- ?x86)))
 (let ((?x88 (* ?x24 ?x87)))
 (let ((?x94 (+ ?x88 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x87 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
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
 (let ((?x105 (+ ?x80 ?x104)))
 (let ((?x108 (+ ?x105 ?x107)))
 (let ((?x130 (* ?x129 ?x108)))
 (or (and (distinct ?x130 ?x158) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!19 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!19) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!19 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!19)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!19) (< exp!3 exp!2)))
(assert
 (= (< log!19 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
